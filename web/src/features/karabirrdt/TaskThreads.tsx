import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, del, post } from '../../app/api.js';
import { Button, Select } from '../../ui/index.js';
import type { PlanView, Task } from './types.js';

/** The threads into a task (what it waits for): removing one, adding one from another task. */
export function TaskThreads({
  view,
  task,
  reload,
  onError,
}: {
  view: PlanView;
  task: Task;
  reload: () => void;
  onError: (error: ApiError | null) => void;
}) {
  const { t } = useTranslation();
  const [threadFrom, setThreadFrom] = useState('');
  const planUrl = `/api/plans/${view.plan.id}`;
  const titles = new Map(view.tasks.map((entry) => [entry.id, entry.title]));
  const incoming = view.threads.filter((thread) => thread.toTaskId === task.id);
  return (
    <section aria-labelledby="task-threads-title">
      <h3 id="task-threads-title">{t('karabirrdt.dependsOn')}</h3>
      <ul>
        {incoming.map((thread) => (
          <li key={thread.id}>
            {titles.get(thread.fromTaskId)}{' '}
            <Button
              variant="link"
              aria-label={t('karabirrdt.removeThread', { title: titles.get(thread.fromTaskId) })}
              onClick={() => void del(`${planUrl}/threads/${thread.id}`).then(reload, onError)}
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
          onError(null);
          post(`${planUrl}/threads`, { fromTaskId: Number(threadFrom), toTaskId: task.id }).then(() => {
            setThreadFrom('');
            reload();
          }, onError);
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
  );
}
