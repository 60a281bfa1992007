import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatPesos } from '../../app/format.js';
import { initials, type PlanView } from './types.js';

/** Every task as a table: the accessible alternative to the web and the Gantt, and a way in to edit. */
export function TaskTable({ view, onSelect }: { view: PlanView; onSelect: (taskId: number) => void }) {
  const { t } = useTranslation();
  const members = new Map(view.members.map((member) => [member.id, member.name]));
  const objectives = new Map(view.objectives.map((objective) => [objective.id, objective.title]));
  const late = new Set(view.analysis.lateTaskIds);
  return (
    <div className="table-wrap">
      <table className="task-table">
        <caption>{t('karabirrdt.tabs.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('karabirrdt.task')}</th>
            <th scope="col">{t('karabirrdt.step')}</th>
            <th scope="col">{t('karabirrdt.objective')}</th>
            <th scope="col">{t('karabirrdt.statusLabel')}</th>
            <th scope="col">{t('karabirrdt.canDo')}</th>
            <th scope="col">{t('karabirrdt.wantsToLearn')}</th>
            <th scope="col">{t('karabirrdt.hours')}</th>
            <th scope="col">{t('karabirrdt.cost')}</th>
            <th scope="col">{t('karabirrdt.duration')}</th>
            <th scope="col">{t('karabirrdt.earliestStart')}</th>
            <th scope="col">{t('karabirrdt.latestFinish')}</th>
            <th scope="col">{t('karabirrdt.slack')}</th>
            <th scope="col">{t('karabirrdt.critical')}</th>
            <th scope="col">{t('karabirrdt.late')}</th>
          </tr>
        </thead>
        <tbody>
          {view.tasks.map((task) => {
            const timing = view.analysis.timing[task.id];
            const names = (ids: number[]) => ids.map((id) => members.get(id) ?? '?');
            return (
              <tr key={task.id}>
                <th scope="row">
                  <button type="button" className="btn btn-link" onClick={() => onSelect(task.id)}>
                    {task.status === 'done' ? '✓ ' : ''}
                    {task.title}
                  </button>
                </th>
                <td>
                  {task.step}. {t(`karabirrdt.steps.${task.step}`)}
                </td>
                <td>{task.objectiveId === null ? '—' : objectives.get(task.objectiveId)}</td>
                <td>{t(`karabirrdt.status.${task.status}`)}</td>
                <td>
                  {names(task.canDo).map((name) => (
                    <abbr key={name} title={name}>
                      {initials(name)}{' '}
                    </abbr>
                  ))}
                </td>
                <td>{names(task.wantsToLearn).join(', ')}</td>
                <td>{formatInteger(task.hours)}</td>
                <td>{formatPesos(task.cost)}</td>
                <td>{task.durationDays}</td>
                <td>{formatDate(timing?.earliestStartDate)}</td>
                <td>{formatDate(task.dueDate ?? timing?.latestFinishDate)}</td>
                <td>{timing?.slack}</td>
                <td>{timing?.critical ? t('common.yes') : t('common.no')}</td>
                <td>{late.has(task.id) ? `! ${t('common.yes')}` : t('common.no')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
