import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../app/format.js';
import { Button, TextInput } from '../../ui/index.js';
import type { ParticipantState } from '../dialogues/types.js';
import type { QueuedItem } from './queue.js';

/** Votación: ideas grouped by question, searchable, − / + per idea, a sticky bar with the dots left. */
export function Voting({
  state,
  queue,
  onVote,
}: {
  state: ParticipantState;
  queue: QueuedItem[];
  onVote(ideaId: number, delta: number): void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const total = state.dialogue.dotsPerParticipant;
  const cap = state.dialogue.maxDotsPerIdea;
  const pendingOn = (ideaId: number) =>
    queue.reduce((sum, item) => (item.kind === 'vote' && item.ideaId === ideaId ? sum + item.delta : sum), 0);
  const pendingAll = queue.reduce((sum, item) => (item.kind === 'vote' ? sum + item.delta : sum), 0);
  const left = Math.max(0, state.dotsLeft - pendingAll);
  const needle = search.trim().toLocaleLowerCase('es');
  const matching = state.ideas.filter(
    (idea) => !needle || idea.text.toLocaleLowerCase('es').includes(needle),
  );
  const groups = [
    ...state.dialogue.questions.map((question) => ({
      key: String(question.id),
      title: question.text,
      ideas: matching.filter((idea) => idea.questionId === question.id),
    })),
    {
      key: 'other',
      title: '',
      ideas: matching.filter(
        (idea) => !state.dialogue.questions.some((question) => question.id === idea.questionId),
      ),
    },
  ].filter((group) => group.ideas.length > 0);

  // Dots left on an idea the team hid stay counted until the person takes them back.
  const withdrawn = Object.entries(state.myDots)
    .map(([ideaId, dots]) => [ideaId, dots + pendingOn(Number(ideaId))] as const)
    .filter(([ideaId, dots]) => dots > 0 && !state.ideas.some((idea) => String(idea.id) === ideaId));

  return (
    <section aria-labelledby="voting-title" className="voting">
      <h1 id="voting-title" className="phase-label">
        {t('room.votingTitle')}
      </h1>
      <p>{t('room.votingIntro')}</p>
      {cap < total ? <p className="muted">{t('room.cap', { count: cap, max: cap })}</p> : null}
      <TextInput
        label={t('room.searchIdeas')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {groups.length === 0 ? <p>{t('room.noMatches')}</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="vote-group" aria-label={group.title || t('room.question')}>
          {group.title ? <h2 className="vote-question">{group.title}</h2> : null}
          <ul className="vote-list">
            {group.ideas.map((idea) => {
              const confirmed = state.myDots[String(idea.id)] ?? 0;
              const pending = pendingOn(idea.id);
              const mine = confirmed + pending;
              return (
                <li
                  key={idea.id}
                  className={`vote-idea ${mine > 0 ? 'has-dots' : ''}`}
                  data-idea-id={idea.id}
                >
                  <p className="vote-text">{idea.text}</p>
                  <div className="vote-controls">
                    <Button
                      variant="secondary"
                      className="vote-button"
                      aria-label={t('room.removeDot', { text: idea.text })}
                      disabled={mine <= 0}
                      onClick={() => onVote(idea.id, -1)}
                    >
                      −
                    </Button>
                    <span className="vote-count" aria-live="polite">
                      <span aria-hidden="true">{formatInteger(mine)}</span>
                      <span className="visually-hidden">{t('room.dotsOnIdea', { count: mine })}</span>
                      {pending !== 0 ? (
                        <span className="badge pending-badge">{t('room.pending')}</span>
                      ) : null}
                    </span>
                    <Button
                      variant="primary"
                      className="vote-button"
                      aria-label={t('room.addDot', { text: idea.text })}
                      disabled={left <= 0 || mine >= cap}
                      onClick={() => onVote(idea.id, 1)}
                    >
                      +
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {withdrawn.length > 0 ? (
        <section className="vote-group" aria-labelledby="withdrawn-title">
          <h2 id="withdrawn-title" className="vote-question">
            {t('room.withdrawnTitle')}
          </h2>
          <p className="muted">{t('room.withdrawnHint')}</p>
          <ul className="vote-list">
            {withdrawn.map(([ideaId, dots]) => {
              const retired = state.retired.find((idea) => String(idea.id) === ideaId);
              return (
                <li key={ideaId} className="vote-idea">
                  {retired ? (
                    <p className="vote-text">
                      {retired.text}
                      {retired.reason ? (
                        <span className="muted"> · {t('room.fateHidden', { reason: retired.reason })}</span>
                      ) : null}
                    </p>
                  ) : null}
                  <div className="vote-controls">
                    <Button
                      variant="secondary"
                      className="vote-button"
                      aria-label={
                        retired
                          ? t('room.removeWithdrawnFrom', { text: retired.text })
                          : t('room.removeWithdrawn')
                      }
                      onClick={() => onVote(Number(ideaId), -1)}
                    >
                      −
                    </Button>
                    <span className="vote-count">{formatInteger(dots)}</span>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <div className="dots-bar" role="status" aria-live="polite">
        <span className="dots-circles" aria-hidden="true">
          {Array.from({ length: total }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: circles are positions
            <span key={index} className={index < left ? 'dot dot-full' : 'dot dot-empty'} />
          ))}
        </span>
        <span>{t('room.dotsLeft', { count: left, left, total })}</span>
      </div>
    </section>
  );
}
