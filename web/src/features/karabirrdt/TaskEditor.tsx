import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, del, fieldErrors, patch, post } from '../../app/api.js';
import { Alert, Button, ErrorMessage } from '../../ui/index.js';
import { ConflictPanel } from './ConflictPanel.js';
import { TaskFields } from './TaskFields.js';
import { TaskThreads } from './TaskThreads.js';
import { bodyOf, type Draft, draftOf } from './taskDraft.js';
import type { PlanView, Task } from './types.js';

/**
 * Creates or edits a task. An edit carries the version it started from; if someone else saved the
 * task meanwhile the server refuses it (409) and this form shows both versions to choose from.
 */
export function TaskEditor({
  view,
  task,
  onDone,
  reload,
}: {
  view: PlanView;
  task: Task | null;
  onDone: () => void;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(task));
  const [baseVersion, setBaseVersion] = useState(task?.version ?? 0);
  const [error, setError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error);
  const planUrl = `/api/plans/${view.plan.id}`;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  // The task as it is on the server now (it moves under us when others edit it).
  const current = task ? (view.tasks.find((entry) => entry.id === task.id) ?? null) : null;

  async function save(version = baseVersion) {
    setError(null);
    try {
      if (!task) {
        await post(`${planUrl}/tasks`, bodyOf(draft));
        setDraft(draftOf(null));
        onDone();
      } else {
        const updated = await patch<Task>(`${planUrl}/tasks/${task.id}`, { ...bodyOf(draft), version });
        setBaseVersion(updated.version);
        setConflict(false);
        setSaved(true);
      }
      reload();
    } catch (reason) {
      if (reason instanceof ApiError && reason.status === 409 && task) {
        setConflict(true);
        reload();
      }
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <section className="card task-editor" aria-labelledby="task-editor-title">
      <h2 id="task-editor-title">
        {task ? t('karabirrdt.editTask', { title: task.title }) : t('karabirrdt.newTask')}
      </h2>
      {conflict && current ? (
        <ConflictPanel
          draft={draft}
          current={current}
          keepMine={() => void save(current.version)}
          keepTheirs={() => {
            setDraft(draftOf(current));
            setBaseVersion(current.version);
            setConflict(false);
            setError(null);
          }}
        />
      ) : (
        <ErrorMessage error={error} />
      )}
      {saved ? <Alert kind="success">{t('karabirrdt.saved')}</Alert> : null}
      <form onSubmit={onSubmit} noValidate>
        <TaskFields view={view} draft={draft} set={set} errors={errors} />
        <div className="toolbar">
          <Button type="submit">{task ? t('karabirrdt.saveTask') : t('karabirrdt.addTask')}</Button>
          {task ? (
            <Button
              variant="danger"
              onClick={() => {
                void del(`${planUrl}/tasks/${task.id}`).then(() => {
                  reload();
                  onDone();
                }, setError);
              }}
            >
              {t('karabirrdt.deleteTask')}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={onDone}>
            {t('common.close')}
          </Button>
        </div>
      </form>
      {task ? <TaskThreads view={view} task={task} reload={reload} onError={setError} /> : null}
    </section>
  );
}
