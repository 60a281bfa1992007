import { useTranslation } from 'react-i18next';
import { formatInteger, formatPercent, formatPesos } from '../../app/format.js';
import { type PlanView, quadrants, type Tally } from './types.js';

function TaskList({ ids, view, empty }: { ids: number[]; view: PlanView; empty: string }) {
  const titles = new Map(view.tasks.map((task) => [task.id, task.title]));
  if (!ids.length) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {ids.slice(0, 50).map((id) => (
        <li key={id}>{titles.get(id)}</li>
      ))}
      {ids.length > 50 ? <li>… +{ids.length - 50}</li> : null}
    </ul>
  );
}

function TallyTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: Array<[string, Tally]>;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            <th scope="col">{t('karabirrdt.tasks')}</th>
            <th scope="col">{t('karabirrdt.done')}</th>
            <th scope="col">{t('karabirrdt.hours')}</th>
            <th scope="col">{t('karabirrdt.cost')}</th>
            <th scope="col">{t('karabirrdt.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, tally]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{formatInteger(tally.tasks)}</td>
              <td>{formatInteger(tally.done)}</td>
              <td>{formatInteger(tally.hours)}</td>
              <td>{formatPesos(tally.cost)}</td>
              <td>
                <progress
                  value={tally.done}
                  max={Math.max(1, tally.tasks)}
                  aria-label={`${t('karabirrdt.progress')} ${name}`}
                />{' '}
                {formatPercent(tally.tasks ? tally.done / tally.tasks : 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The check panel: what is missing, where the leverage is, and how the work is spread. */
export function CheckPanel({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { checks, progress } = view.analysis;
  const titles = new Map(view.tasks.map((task) => [task.id, task.title]));
  const share = checks.celebrateShare;
  const farFromTarget = Math.abs(share - checks.celebrateTarget) > 0.05;
  return (
    <section aria-labelledby="checks-title">
      <h2 id="checks-title">{t('karabirrdt.checksTitle')}</h2>
      {checks.objectiveCount < 6 || checks.objectiveCount > 8 ? (
        <p className="alert alert-warning" role="status">
          ! {t('karabirrdt.objectiveCountWarning', { count: checks.objectiveCount })}
        </p>
      ) : null}
      <div className="grid checks-grid">
        <div className="card">
          <h3>{t('karabirrdt.celebrateShare')}</h3>
          <p className={`stat-value ${farFromTarget ? 'warn-text' : ''}`}>{formatPercent(share)}</p>
          <svg viewBox="0 0 200 16" width="100%" height="16" aria-hidden="true">
            <rect width="200" height="16" fill="#e3e7ea" />
            <rect width={Math.min(200, share * 200)} height="16" fill="#a4163f" />
            <line
              x1={checks.celebrateTarget * 200}
              x2={checks.celebrateTarget * 200}
              y1="0"
              y2="16"
              stroke="#1b1f23"
              strokeWidth="2"
            />
          </svg>
          <p className="hint">{t('karabirrdt.celebrateHelp', { share: formatPercent(share) })}</p>
        </div>
        <div className="card">
          <h3>{t('karabirrdt.withoutPeople')}</h3>
          <TaskList ids={checks.tasksWithoutPeople} view={view} empty={t('karabirrdt.allGood')} />
        </div>
        <div className="card">
          <h3>{t('karabirrdt.withoutThreads')}</h3>
          <TaskList ids={checks.tasksWithoutThreads} view={view} empty={t('karabirrdt.allGood')} />
        </div>
        <div className="card">
          <h3>{t('karabirrdt.leverage')}</h3>
          <ol>
            {checks.leverage.map((entry) => (
              <li key={entry.taskId}>
                {titles.get(entry.taskId)} — {t('karabirrdt.threadsCount', { count: entry.threads })}
              </li>
            ))}
          </ol>
        </div>
        <div className="card">
          <h3>{t('karabirrdt.lateTasks')}</h3>
          <TaskList ids={view.analysis.lateTaskIds} view={view} empty={t('karabirrdt.allGood')} />
        </div>
        <div className="card">
          <h3>{t('karabirrdt.criticalPath')}</h3>
          <TaskList ids={view.analysis.criticalPath} view={view} empty={t('karabirrdt.allGood')} />
        </div>
      </div>
      <TallyTable
        caption={t('karabirrdt.perQuadrant')}
        label={t('karabirrdt.quadrant')}
        rows={quadrants.map((quadrant) => [
          t(`karabirrdt.quadrants.${quadrant}`),
          progress.byQuadrant[quadrant],
        ])}
      />
      <TallyTable
        caption={t('karabirrdt.perObjective')}
        label={t('karabirrdt.objective')}
        rows={[
          ...view.objectives.map((objective): [string, Tally] => [
            `${objective.rank}. ${objective.title}`,
            progress.byObjective[String(objective.id)],
          ]),
          [t('karabirrdt.noObjective'), progress.byObjective.none],
        ]}
      />
    </section>
  );
}
