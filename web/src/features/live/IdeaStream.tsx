import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import { formatInteger } from '../../app/format.js';
import { Button } from '../../ui/index.js';
import type { Dialogue, StaffIdea } from '../dialogues/types.js';
import { EditIdea, HideIdea, MergeIdea } from './IdeaModals.js';
import { MergedChildren } from './MergedChildren.js';

/** How many cards a column shows at first and adds per «Ver más»: a 400-person dialogue has 1,000+ ideas. */
export const STREAM_PAGE = 50;

/** The ideas per table, newest first, with moderation (edit, hide, merge) and the hidden ones below. */
export function IdeaStream({
  dialogue,
  ideas,
  onChange,
  onCompare,
}: {
  dialogue: Dialogue;
  ideas: StaffIdea[];
  onChange(action: () => Promise<unknown>): Promise<void>;
  /** Looks for possible duplicates of this idea; absent once the dialogue is closed. */
  onCompare?: (idea: StaffIdea) => void;
}) {
  const { t } = useTranslation();
  // A closed dialogue's ideas are its record: nothing to edit, hide, show or merge (the API says 409).
  const readOnly = dialogue.status === 'closed';
  const [editing, setEditing] = useState<StaffIdea | null>(null);
  const [hiding, setHiding] = useState<StaffIdea | null>(null);
  const [merging, setMerging] = useState<StaffIdea | null>(null);
  // Cards shown per column (and for the hidden list); the badges count them all.
  const [shown, setShown] = useState<Record<string, number>>({});
  const limit = (key: string) => shown[key] ?? STREAM_PAGE;
  const more = (key: string) => setShown((before) => ({ ...before, [key]: limit(key) + STREAM_PAGE }));
  const newestFirst = [...ideas].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  const top = newestFirst.filter((idea) => !idea.hiddenReason && !idea.late && idea.mergedIntoId === null);
  const hidden = newestFirst.filter((idea) => idea.hiddenReason);
  const late = newestFirst.filter((idea) => idea.late);
  const columns = [
    ...dialogue.tables.map((table) => ({
      key: String(table.id),
      id: table.id as number | null,
      name: table.name,
    })),
    ...(top.some((idea) => idea.tableId === null)
      ? [{ key: 'none', id: null, name: t('live.noTable') }]
      : []),
  ];
  const questionNumber = (questionId: number | null) =>
    dialogue.questions.findIndex((question) => question.id === questionId) + 1;

  return (
    <section aria-labelledby="stream-heading">
      <h2 id="stream-heading">{t('live.stream')}</h2>
      <div className="stream-columns">
        {columns.map((column) => {
          const mine = top.filter((idea) => idea.tableId === column.id);
          return (
            <section key={column.key} className="stream-column" aria-label={column.name}>
              <h3>
                {column.name} <span className="badge">{formatInteger(mine.length)}</span>
              </h3>
              {mine.length === 0 ? <p className="muted">{t('live.noIdeas')}</p> : null}
              <ul className="idea-list">
                {mine.slice(0, limit(column.key)).map((idea) => (
                  <li key={idea.id} className="idea-card" data-idea-id={idea.id}>
                    <p className="idea-text">{idea.text}</p>
                    <p className="idea-meta muted">
                      {questionNumber(idea.questionId) > 0 && dialogue.questions.length > 1
                        ? `${t('live.question', { number: questionNumber(idea.questionId) })} · `
                        : ''}
                      {idea.source === 'card' ? `${t('live.card')} · ` : ''}
                      {t('live.dotsOnIdea', {
                        count: idea.totalDots,
                        formatted: formatInteger(idea.totalDots),
                      })}
                    </p>
                    {readOnly ? null : (
                      <div className="idea-actions">
                        <Button variant="link" onClick={() => setEditing(idea)}>
                          {t('live.edit')}
                        </Button>
                        <Button variant="link" onClick={() => setHiding(idea)}>
                          {t('live.hide')}
                        </Button>
                        <Button variant="link" onClick={() => setMerging(idea)}>
                          {t('live.merge')}
                        </Button>
                        {onCompare ? (
                          <Button variant="link" onClick={() => onCompare(idea)}>
                            {t('live.findDuplicates')}
                          </Button>
                        ) : null}
                      </div>
                    )}
                    <MergedChildren parent={idea} ideas={ideas} onChange={onChange} readOnly={readOnly} />
                  </li>
                ))}
              </ul>
              <ShowMore shown={limit(column.key)} total={mine.length} onMore={() => more(column.key)} />
            </section>
          );
        })}
      </div>
      {late.length > 0 ? (
        <section className="card late-cards" aria-labelledby="late-heading">
          <h3 id="late-heading">{t('live.lateCards', { count: late.length })}</h3>
          <p className="muted">{t('live.lateHint')}</p>
          <ul className="idea-list">
            {late.map((idea) => (
              <li key={idea.id} className="idea-card idea-late" data-idea-id={idea.id}>
                <p className="idea-text">{idea.text}</p>
                {readOnly ? null : (
                  <div className="idea-actions">
                    <Button
                      variant="secondary"
                      onClick={() =>
                        void onChange(() => call(api.ideas.unhideIdea, { params: { id: idea.id } }))
                      }
                    >
                      {t('live.lateAccept')}
                    </Button>
                    <Button variant="link" onClick={() => setHiding(idea)}>
                      {t('live.lateLeaveOut')}
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {hidden.length > 0 ? (
        <details className="card">
          <summary>{t('live.hidden', { count: hidden.length })}</summary>
          <ul className="idea-list">
            {hidden.slice(0, limit('hidden')).map((idea) => (
              <li key={idea.id} className="idea-card idea-hidden">
                <p className="idea-text">{idea.text}</p>
                <p className="muted">{t('live.hiddenBecause', { reason: idea.hiddenReason })}</p>
                {readOnly ? null : (
                  <Button
                    variant="link"
                    onClick={() =>
                      void onChange(() => call(api.ideas.unhideIdea, { params: { id: idea.id } }))
                    }
                  >
                    {t('live.unhide')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <ShowMore shown={limit('hidden')} total={hidden.length} onMore={() => more('hidden')} />
        </details>
      ) : null}
      <EditIdea
        key={`edit-${editing?.id}`}
        idea={editing}
        onClose={() => setEditing(null)}
        onChange={onChange}
      />
      <HideIdea
        key={`hide-${hiding?.id}`}
        idea={hiding}
        onClose={() => setHiding(null)}
        onChange={onChange}
      />
      <MergeIdea
        key={`merge-${merging?.id}`}
        idea={merging}
        candidates={top}
        onClose={() => setMerging(null)}
        onChange={onChange}
      />
    </section>
  );
}

/** «Ver más» under a list cut at a page: says how many are shown of how many. */
function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore(): void }) {
  const { t } = useTranslation();
  if (total <= shown) return null;
  return (
    <p className="stream-more">
      <span className="muted">
        {t('live.showing', { shown: formatInteger(shown), total: formatInteger(total) })}
      </span>{' '}
      <Button variant="secondary" onClick={onMore}>
        {t('live.showMore', { count: Math.min(STREAM_PAGE, total - shown) })}
      </Button>
    </p>
  );
}
