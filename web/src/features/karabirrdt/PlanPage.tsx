import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { get } from '../../app/api.js';
import { useLoad, useRegions } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { Button, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { CheckPanel } from './CheckPanel.js';
import { DreamsPanel } from './DreamsPanel.js';
import { Gantt } from './Gantt.js';
import { PeoplePanel } from './PeoplePanel.js';
import { SpiderWeb } from './SpiderWeb.js';
import { TaskEditor } from './TaskEditor.js';
import { TaskTable } from './TaskTable.js';
import type { PlanView } from './types.js';
import { type LiveChange, useLivePlan } from './useLivePlan.js';

const tabs = ['web', 'table', 'gantt', 'checks', 'dreams', 'people', 'export'] as const;
type Tab = (typeof tabs)[number];

export function PlanPage() {
  const { t } = useTranslation();
  const planId = Number(useParams().id);
  const regions = useRegions();
  const [tab, setTab] = useState<Tab>('web');
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const [lastChange, setLastChange] = useState<LiveChange | null>(null);
  const { data, error, reload } = useLoad(
    (signal) => get<PlanView>(`/api/plans/${planId}`, { signal }),
    [planId],
  );
  const onLive = useCallback(
    (change: LiveChange | null) => {
      if (change) setLastChange(change);
      reload();
    },
    [reload],
  );
  const live = useLivePlan(planId, onLive);
  if (!data) return error ? <ErrorMessage error={error} /> : <Loading />;
  const view = data;
  const task =
    typeof selected === 'number' ? (view.tasks.find((entry) => entry.id === selected) ?? null) : null;
  const region = view.plan.regionCode
    ? (regions.find((entry) => entry.code === view.plan.regionCode)?.name ?? view.plan.regionCode)
    : t('karabirrdt.national');
  const total = view.analysis.progress.total;
  const editor =
    selected === 'new' || task ? (
      <TaskEditor
        key={task?.id ?? 'new'}
        view={view}
        task={task}
        reload={reload}
        onDone={() => setSelected(null)}
      />
    ) : null;

  return (
    <div className="karabirrdt-page">
      <PageHeader
        title={view.plan.title}
        actions={
          <span className={`badge ${live ? 'badge-live' : ''}`} role="status">
            {live ? `● ${t('karabirrdt.live')}` : t('karabirrdt.offline')}
          </span>
        }
      >
        <p className="muted">
          {region} · {formatDate(view.plan.startDate)} → {formatDate(view.analysis.endDate)} ·{' '}
          {t('karabirrdt.tasksDone', { done: total.done, total: total.tasks })}
        </p>
        <p className="muted no-print" aria-live="polite">
          {lastChange ? t('karabirrdt.updatedBy', { name: lastChange.by }) : ''}
        </p>
      </PageHeader>
      <nav aria-label={t('karabirrdt.views')} className="plan-tabs no-print">
        {tabs.map((entry) => (
          <button
            key={entry}
            type="button"
            className={`btn ${tab === entry ? 'btn-primary' : 'btn-secondary'}`}
            aria-pressed={tab === entry}
            onClick={() => setTab(entry)}
          >
            {t(`karabirrdt.tabs.${entry}`)}
          </button>
        ))}
        <Link to="/staff/planificacion" className="plan-back">
          {t('common.back')}
        </Link>
      </nav>
      {['web', 'table', 'gantt'].includes(tab) ? (
        <div className="no-print toolbar">
          <Button variant="secondary" onClick={() => setSelected('new')}>
            {t('karabirrdt.newTask')}
          </Button>
        </div>
      ) : null}
      {tab === 'web' ? (
        <div className="plan-layout">
          <SpiderWeb view={view} selectedTaskId={task?.id ?? null} onSelect={setSelected} />
          {editor}
        </div>
      ) : null}
      {tab === 'table' ? (
        <>
          {editor}
          <TaskTable view={view} onSelect={setSelected} />
        </>
      ) : null}
      {tab === 'gantt' ? (
        <>
          {editor}
          <Gantt view={view} onSelect={setSelected} />
        </>
      ) : null}
      {tab === 'checks' ? <CheckPanel view={view} /> : null}
      {tab === 'dreams' ? <DreamsPanel view={view} reload={reload} /> : null}
      {tab === 'people' ? <PeoplePanel view={view} reload={reload} /> : null}
      {tab === 'export' ? (
        <ul className="export-links">
          <li>
            <a href={`/api/plans/${planId}/plan.json`} download>
              {t('karabirrdt.exportJson')}
            </a>
          </li>
          <li>
            <a href={`/api/plans/${planId}/tasks.csv`} download>
              {t('karabirrdt.exportCsv')}
            </a>
          </li>
          <li>
            <a href={`/api/plans/${planId}/tasks.ics`} download>
              {t('karabirrdt.exportIcs')}
            </a>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
