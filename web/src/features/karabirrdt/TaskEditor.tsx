import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { Alert, Button, ErrorMessage, Select, TextArea, TextInput } from '../../ui/index.js';
import { type PlanView, quadrants, type Task } from './types.js';

interface Draft {
  title: string;
  description: string;
  step: string;
  objectiveId: string;
  hours: string;
  cost: string;
  durationDays: string;
  startDate: string;
  dueDate: string;
  status: Task['status'];
  canDo: number[];
  wantsToLearn: number[];
}

const draftOf = (task: Task | null): Draft => ({
  title: task?.title ?? '',
  description: task?.description ?? '',
  step: String(task?.step ?? 1),
  objectiveId: task?.objectiveId === null || !task ? '' : String(task.objectiveId),
  hours: String(task?.hours ?? 0),
  cost: String(task?.cost ?? 0),
  durationDays: String(task?.durationDays ?? 1),
  startDate: task?.startDate ?? '',
  dueDate: task?.dueDate ?? '',
  status: task?.status ?? 'pending',
  canDo: task?.canDo ?? [],
  wantsToLearn: task?.wantsToLearn ?? [],
});

function bodyOf(draft: Draft) {
  return {
    title: draft.title,
    description: draft.description.trim() || null,
    step: Number(draft.step),
    objectiveId: draft.objectiveId ? Number(draft.objectiveId) : null,
    hours: Number(draft.hours || 0),
    cost: Math.round(Number(draft.cost || 0)),
    durationDays: Math.round(Number(draft.durationDays || 0)),
    startDate: draft.startDate || null,
    dueDate: draft.dueDate || null,
    status: draft.status,
    canDo: draft.canDo,
    wantsToLearn: draft.wantsToLearn,
  };
}

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
  const [threadFrom, setThreadFrom] = useState('');
  const errors = fieldErrors(error);
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
        await call(api.karabirrdt.addTask, { params: { id: view.plan.id }, body: bodyOf(draft) });
        setDraft(draftOf(null));
        onDone();
      } else {
        const updated = await call(api.karabirrdt.updateTask, {
          params: { id: view.plan.id, taskId: task.id },
          body: { ...bodyOf(draft), version },
        });
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

  const togglePerson = (key: 'canDo' | 'wantsToLearn', id: number) =>
    set(key, draft[key].includes(id) ? draft[key].filter((entry) => entry !== id) : [...draft[key], id]);

  const titles = new Map(view.tasks.map((entry) => [entry.id, entry.title]));
  const incoming = task ? view.threads.filter((thread) => thread.toTaskId === task.id) : [];

  const compareFields: Array<[string, string, string]> =
    conflict && current
      ? (
          [
            ['title', t('karabirrdt.title'), draft.title, current.title],
            ['step', t('karabirrdt.step'), draft.step, String(current.step)],
            [
              'status',
              t('karabirrdt.statusLabel'),
              t(`karabirrdt.status.${draft.status}`),
              t(`karabirrdt.status.${current.status}`),
            ],
            ['hours', t('karabirrdt.hours'), draft.hours, String(current.hours)],
            ['cost', t('karabirrdt.cost'), draft.cost, String(current.cost)],
            ['durationDays', t('karabirrdt.duration'), draft.durationDays, String(current.durationDays)],
            ['startDate', t('karabirrdt.startDate'), draft.startDate, current.startDate ?? ''],
            ['dueDate', t('karabirrdt.dueDate'), draft.dueDate, current.dueDate ?? ''],
          ] as Array<[string, string, string, string]>
        )
          .filter(([, , mine, theirs]) => mine !== theirs)
          .map(([, label, mine, theirs]) => [label, mine, theirs])
      : [];

  return (
    <section className="card task-editor" aria-labelledby="task-editor-title">
      <h2 id="task-editor-title">
        {task ? t('karabirrdt.editTask', { title: task.title }) : t('karabirrdt.newTask')}
      </h2>
      {conflict && current ? (
        <div className="alert alert-warning" role="alert">
          <strong>{t('karabirrdt.conflictTitle')}</strong> {t('karabirrdt.conflictHelp')}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('karabirrdt.field')}</th>
                <th scope="col">{t('karabirrdt.yours')}</th>
                <th scope="col">{t('karabirrdt.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {compareFields.map(([label, mine, theirs]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{mine}</td>
                  <td>{theirs}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="toolbar">
            <Button onClick={() => void save(current.version)}>{t('karabirrdt.keepMine')}</Button>
            <Button
              variant="secondary"
              onClick={() => {
                setDraft(draftOf(current));
                setBaseVersion(current.version);
                setConflict(false);
                setError(null);
              }}
            >
              {t('karabirrdt.keepTheirs')}
            </Button>
          </div>
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      {saved ? <Alert kind="success">{t('karabirrdt.saved')}</Alert> : null}
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          label={t('karabirrdt.title')}
          value={draft.title}
          required
          onChange={(event) => set('title', event.target.value)}
          error={errors.title}
        />
        <div className="form-row">
          <div className="field">
            <label htmlFor="task-step">{t('karabirrdt.step')}</label>
            <select id="task-step" value={draft.step} onChange={(event) => set('step', event.target.value)}>
              {quadrants.map((quadrant, index) => (
                <optgroup key={quadrant} label={t(`karabirrdt.quadrants.${quadrant}`)}>
                  {[1, 2, 3].map((offset) => {
                    const step = index * 3 + offset;
                    return (
                      <option key={step} value={step}>
                        {step}. {t(`karabirrdt.steps.${step}`)}
                      </option>
                    );
                  })}
                </optgroup>
              ))}
            </select>
          </div>
          <Select
            label={t('karabirrdt.objective')}
            value={draft.objectiveId}
            onChange={(event) => set('objectiveId', event.target.value)}
            options={[
              { value: '', label: t('karabirrdt.noObjective') },
              ...view.objectives.map((objective) => ({
                value: String(objective.id),
                label: `${objective.rank}. ${objective.title}`,
              })),
            ]}
          />
          <Select
            label={t('karabirrdt.statusLabel')}
            value={draft.status}
            onChange={(event) => set('status', event.target.value as Task['status'])}
            options={(['pending', 'in_progress', 'done'] as const).map((status) => ({
              value: status,
              label: t(`karabirrdt.status.${status}`),
            }))}
          />
        </div>
        <div className="form-row">
          <TextInput
            label={t('karabirrdt.hours')}
            type="number"
            min={0}
            step="0.5"
            value={draft.hours}
            onChange={(event) => set('hours', event.target.value)}
            error={errors.hours}
          />
          <TextInput
            label={t('karabirrdt.cost')}
            type="number"
            min={0}
            step={1}
            value={draft.cost}
            onChange={(event) => set('cost', event.target.value)}
            error={errors.cost}
          />
          <TextInput
            label={t('karabirrdt.duration')}
            type="number"
            min={0}
            step={1}
            value={draft.durationDays}
            onChange={(event) => set('durationDays', event.target.value)}
            error={errors.durationDays}
          />
          <TextInput
            label={t('karabirrdt.startDate')}
            type="date"
            value={draft.startDate}
            onChange={(event) => set('startDate', event.target.value)}
            error={errors.startDate}
          />
          <TextInput
            label={t('karabirrdt.dueDate')}
            type="date"
            value={draft.dueDate}
            onChange={(event) => set('dueDate', event.target.value)}
            error={
              errors.dueDate ??
              (draft.startDate && draft.dueDate && draft.dueDate < draft.startDate ? '<' : undefined)
            }
          />
        </div>
        <div className="form-row">
          {(['canDo', 'wantsToLearn'] as const).map((key) => (
            <fieldset key={key} className="people-choice">
              <legend>{t(`karabirrdt.${key}`)}</legend>
              {view.members.map((member) => (
                <label key={member.id} className="check">
                  <input
                    type="checkbox"
                    checked={draft[key].includes(member.id)}
                    onChange={() => togglePerson(key, member.id)}
                  />{' '}
                  {member.name}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        <TextArea
          label={t('karabirrdt.description')}
          optional
          value={draft.description}
          onChange={(event) => set('description', event.target.value)}
        />
        <div className="toolbar">
          <Button type="submit">{task ? t('karabirrdt.saveTask') : t('karabirrdt.addTask')}</Button>
          {task ? (
            <Button
              variant="danger"
              onClick={() => {
                void call(api.karabirrdt.removeTask, { params: { id: view.plan.id, taskId: task.id } }).then(
                  () => {
                    reload();
                    onDone();
                  },
                  setError,
                );
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
      {task ? (
        <section aria-labelledby="task-threads-title">
          <h3 id="task-threads-title">{t('karabirrdt.dependsOn')}</h3>
          <ul>
            {incoming.map((thread) => (
              <li key={thread.id}>
                {titles.get(thread.fromTaskId)}{' '}
                <Button
                  variant="link"
                  aria-label={t('karabirrdt.removeThread', { title: titles.get(thread.fromTaskId) })}
                  onClick={() =>
                    void call(api.karabirrdt.removeThread, {
                      params: { id: view.plan.id, threadId: thread.id },
                    }).then(reload, setError)
                  }
                >
                  {t('karabirrdt.remove')}
                </Button>
              </li>
            ))}
          </ul>
          <form
            className="toolbar"
            onSubmit={(event) => {
              event.preventDefault();
              if (!threadFrom) return;
              setError(null);
              call(api.karabirrdt.addThread, {
                params: { id: view.plan.id },
                body: { fromTaskId: Number(threadFrom), toTaskId: task.id },
              }).then(() => {
                setThreadFrom('');
                reload();
              }, setError);
            }}
          >
            <Select
              label={t('karabirrdt.threadFrom')}
              value={threadFrom}
              onChange={(event) => setThreadFrom(event.target.value)}
              options={[
                { value: '', label: '—' },
                ...view.tasks
                  .filter((entry) => entry.id !== task.id)
                  .map((entry) => ({ value: String(entry.id), label: entry.title })),
              ]}
            />
            <Button type="submit" variant="secondary">
              {t('karabirrdt.addThread')}
            </Button>
          </form>
        </section>
      ) : null}
    </section>
  );
}
