import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { Alert, Button, ErrorMessage, TextArea } from '../../ui/index.js';
import { type ParticipantState, type Rating, ratings } from '../dialogues/types.js';

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

/** The end: thanks, and the link to follow what becomes of the ideas (devolución). */
export function Thanks({ state }: { state: ParticipantState }) {
  const { t } = useTranslation();
  const evaluated = state.evaluation !== null;
  return (
    <section aria-labelledby="thanks-title" className="thanks">
      <h1 id="thanks-title">
        {evaluated || state.dialogue.status !== 'closed' ? t('room.thanksTitle') : t('room.closedTitle')}
      </h1>
      <p>{t('room.thanksIntro')}</p>
      <p>
        <a className="btn btn-primary btn-block" href={`/devolucion/dialogo/${state.dialogue.id}`}>
          {t('room.followLink')}
        </a>
      </p>
    </section>
  );
}
