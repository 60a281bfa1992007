import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/index.js';
import type { Draft } from './taskDraft.js';
import type { Task } from './types.js';

/** Someone saved the task meanwhile: the fields that differ, theirs beside yours, and the choice. */
export function ConflictPanel({
  draft,
  current,
  keepMine,
  keepTheirs,
}: {
  draft: Draft;
  current: Task;
  keepMine: () => void;
  keepTheirs: () => void;
}) {
  const { t } = useTranslation();
  const compareFields: Array<[string, string, string]> = (
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
    .map(([, label, mine, theirs]) => [label, mine, theirs]);

  return (
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
        <Button onClick={keepMine}>{t('karabirrdt.keepMine')}</Button>
        <Button variant="secondary" onClick={keepTheirs}>
          {t('karabirrdt.keepTheirs')}
        </Button>
      </div>
    </div>
  );
}
