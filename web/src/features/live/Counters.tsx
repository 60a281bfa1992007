import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../app/format.js';
import type { Dialogue, ScreenState, StaffIdea } from '../dialogues/types.js';

/** Participants, ideas, dots and evaluations so far, in all and per table. */
export function Counters({
  dialogue,
  ideas,
  screen,
}: {
  dialogue: Dialogue;
  ideas: StaffIdea[];
  screen: ScreenState | null;
}) {
  const { t } = useTranslation();
  const counts = dialogue.counts;
  const visible = ideas.filter((idea) => !idea.hiddenReason && !idea.late && idea.mergedIntoId === null);
  return (
    <section className="card" aria-labelledby="counters-heading">
      <h2 id="counters-heading">{t('live.counters')}</h2>
      <dl className="counters">
        <div>
          <dt>{t('live.participants')}</dt>
          <dd className="stat">{formatInteger(screen?.participants ?? counts?.participants ?? 0)}</dd>
        </div>
        <div>
          <dt>{t('live.ideasProposed')}</dt>
          <dd className="stat">{formatInteger(screen?.figures.ideas ?? counts?.ideas ?? ideas.length)}</dd>
        </div>
        <div>
          <dt>{t('live.ideas')}</dt>
          <dd className="stat">
            {formatInteger(screen?.figures.ideas_visible ?? counts?.ideasVisible ?? visible.length)}
          </dd>
        </div>
        <div>
          <dt>{t('live.ideasHidden')}</dt>
          <dd className="stat">{formatInteger(screen?.figures.ideas_hidden ?? counts?.ideasHidden ?? 0)}</dd>
        </div>
        <div>
          <dt>{t('live.dots')}</dt>
          <dd className="stat">
            {t('live.dotsOf', {
              spent: formatInteger(screen?.dotsSpent ?? counts?.dotsSpent ?? 0),
              total: formatInteger(screen?.dotsTotal ?? counts?.dotsTotal ?? 0),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('live.evaluations')}</dt>
          <dd className="stat">{formatInteger(screen?.evaluation.responses ?? counts?.evaluations ?? 0)}</dd>
        </div>
      </dl>
      <table>
        <caption className="visually-hidden">{t('live.perTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('live.colTable')}</th>
            <th scope="col" className="number">
              {t('live.participants')}
            </th>
            <th scope="col" className="number">
              {t('live.ideas')}
            </th>
          </tr>
        </thead>
        <tbody>
          {dialogue.tables.map((table) => (
            <tr key={table.id}>
              <th scope="row">{table.name}</th>
              <td className="number">
                {formatInteger(
                  screen?.participantsPerTable.find((row) => row.tableId === table.id)?.participants ?? 0,
                )}
              </td>
              <td className="number">
                {formatInteger(visible.filter((idea) => idea.tableId === table.id).length)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
