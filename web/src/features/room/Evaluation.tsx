import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { formatInteger } from '../../app/format.js';
import { Alert, Button, ErrorMessage, TextArea } from '../../ui/index.js';
import { type ParticipantState, type Rating, ratings } from '../dialogues/types.js';
import { IdeaFate } from './Ideation.js';

/** Evaluación: four large options and an optional comment. */
export function Evaluation({
  state,
  token,
  onDone,
}: {
  state: ParticipantState;
  token: string;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!rating) return;
    setBusy(true);
    setError(null);
    try {
      await call(api.evaluations.evaluate, {
        body: { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        device: token,
      });
      await onDone();
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'already_evaluated') await onDone();
      else setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="evaluation-title">
      <p className="phase-label">{t('room.evaluationTitle')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset className="big-choices rating-choices">
          <legend id="evaluation-title">
            <h1>{t('room.evaluationQuestion')}</h1>
          </legend>
          {ratings.map((value) => (
            <label key={value} className={`big-choice rating-${value} ${rating === value ? 'chosen' : ''}`}>
              <input
                type="radio"
                name="rating"
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
              />
              <span>{t(`room.rating.${value}`)}</span>
            </label>
          ))}
          {tried && !rating ? (
            <p className="field-error" role="alert">
              ⚠ {t('room.errRating')}
            </p>
          ) : null}
        </fieldset>
        <TextArea
          label={t('room.comment')}
          optional
          value={comment}
          maxLength={1000}
          rows={3}
          onChange={(event) => setComment(event.target.value)}
        />
        <ErrorMessage error={error} />
        <Button type="submit" className="btn-block" disabled={busy}>
          {t('room.sendEvaluation')}
        </Button>
      </form>
      {state.dialogue.status !== 'live' ? <Alert kind="info">{t('room.closedNotice')}</Alert> : null}
    </section>
  );
}

/**
 * The end: thanks; at the close, each question's final ranking and what became of one's own ideas;
 * and the link to follow what becomes of them (devolución).
 */
export function Thanks({ state }: { state: ParticipantState }) {
  const { t } = useTranslation();
  const evaluated = state.evaluation !== null;
  const closed = state.dialogue.status === 'closed';
  const several = state.dialogue.questions.length > 1;
  return (
    <section aria-labelledby="thanks-title" className="thanks">
      <h1 id="thanks-title">{evaluated || !closed ? t('room.thanksTitle') : t('room.closedTitle')}</h1>
      <p>{t('room.thanksIntro')}</p>
      {closed && state.finalRanking.length > 0 ? (
        <section aria-labelledby="final-title" className="final-ranking">
          <h2 id="final-title">{t('room.finalRanking')}</h2>
          {state.dialogue.questions.map((question) => {
            const rows = state.finalRanking.filter((row) => row.questionId === question.id);
            if (rows.length === 0) return null;
            return (
              <section key={question.id} aria-label={question.text}>
                {several ? <h3 className="vote-question">{question.text}</h3> : null}
                <ol className="final-list">
                  {rows.map((row) => (
                    <li key={row.ideaId}>
                      <span className="final-rank">{row.rank}</span>
                      <span className="final-text">{row.text}</span>
                      <span className="final-dots">
                        {t('room.dotsCount', { count: row.dots, formatted: formatInteger(row.dots) })}
                      </span>
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </section>
      ) : null}
      {closed && state.myIdeas.length > 0 ? (
        <section aria-labelledby="mine-title" className="final-mine">
          <h2 id="mine-title">{t('room.myIdeasFate')}</h2>
          <ul className="my-ideas">
            {state.myIdeas.map((idea) => (
              <li key={idea.id} className="my-idea">
                <p>{idea.text}</p>
                {idea.fate.state === 'shown' ? (
                  <p className="idea-fate">
                    {t('room.fateShown', { count: idea.dots ?? 0, formatted: formatInteger(idea.dots ?? 0) })}
                  </p>
                ) : (
                  <IdeaFate idea={idea} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a className="btn btn-primary btn-block" href={`/devolucion/dialogo/${state.dialogue.id}`}>
          {t('room.followLink')}
        </a>
      </p>
    </section>
  );
}
