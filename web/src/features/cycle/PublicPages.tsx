import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call, type ResponseOf } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { Alert, Button, ErrorMessage, Loading } from '../../ui/index.js';

type Answer = NonNullable<ResponseOf<typeof api.devolution.ideaReturn>['answer']>;

/** An official answer: its status as text and badge, the text, and what the status carries. */
function AnswerBlock({ answer, compact = false }: { answer: Answer; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={compact ? 'answer' : 'card answer'}>
      <p>
        <span className="badge">{t(`cycle.public.answerStatuses.${answer.status}`)}</span> {answer.text}
      </p>
      {answer.reason ? <p>{t('cycle.public.answerReason', { reason: answer.reason })}</p> : null}
      {answer.initiative ? (
        <p>{t('cycle.public.answerInitiative', { title: answer.initiative.title })}</p>
      ) : null}
      {answer.link ? (
        <p>
          <a href={answer.link} rel="noopener noreferrer nofollow">
            {t('cycle.public.answerLink')}
          </a>
        </p>
      ) : null}
      {compact ? null : (
        <p className="muted">
          {t('cycle.public.answeredOn', { date: formatDate(answer.answeredAt.slice(0, 10)) })}
        </p>
      )}
    </div>
  );
}

export function IdeaReturnPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const loaded = useLoad((signal) => call(api.devolution.ideaReturn, { params: { id }, signal }), [id]);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} />;
  const data = loaded.data;
  const final = data.mergedInto.at(-1);
  return (
    <article>
      <h1>{t('cycle.public.ideaTitle')}</h1>
      <blockquote className="card">
        <p>«{data.idea.text}»</p>
        <p className="muted">
          <Link to={`/devolucion/dialogo/${data.dialogue.id}`}>
            {t('cycle.public.fromDialogue', {
              title: data.dialogue.title,
              region: data.dialogue.regionName,
              date: formatDate(data.dialogue.date),
            })}
          </Link>
        </p>
      </blockquote>
      {data.answer ? (
        <section>
          <h2>{t('cycle.public.answer')}</h2>
          <AnswerBlock answer={data.answer} />
        </section>
      ) : null}
      {final ? (
        <section>
          <h2>{t('cycle.public.mergedInto')}</h2>
          <p>
            <Link to={`/devolucion/idea/${final.id}`}>«{final.text}»</Link>
          </p>
        </section>
      ) : null}
      {data.mergedHere.length ? (
        <section>
          <h2>{t('cycle.public.mergedHere')}</h2>
          <ul>
            {data.mergedHere.map((idea) => (
              <li key={idea.id}>«{idea.text}»</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.themes.length ? (
        <section>
          <h2>{t('cycle.public.themes')}</h2>
          <ul>
            {data.themes.map((theme) => (
              <li key={theme.id}>{theme.label}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.initiatives.length ? (
        <section>
          <h2>{t('cycle.public.initiatives')}</h2>
          {data.initiatives.map((initiative) => (
            <div className="card" key={initiative.id}>
              <h3>{initiative.title}</h3>
              <p>
                <span className="badge">{t(`cycle.statuses.${initiative.status}`)}</span>{' '}
                {t('cycle.public.progress', { value: initiative.progressPercent })} ·{' '}
                {t('cycle.public.responsible', { unit: initiative.responsibleUnit })}
              </p>
              {initiative.discardReason ? <p>{initiative.discardReason}</p> : null}
              <progress
                value={initiative.progressPercent}
                max={100}
                aria-label={t('cycle.public.progress', { value: initiative.progressPercent })}
              />
              {initiative.milestones.length ? (
                <>
                  <h4>{t('cycle.initiative.milestones')}</h4>
                  <ul>
                    {initiative.milestones.map((milestone) => (
                      <li key={`${milestone.title}-${milestone.dueOn}`}>
                        {milestone.doneOn ? '✓ ' : ''}
                        {milestone.title} · {formatDate(milestone.doneOn ?? milestone.dueOn)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {initiative.history.length ? (
                <>
                  <h4>{t('cycle.public.history')}</h4>
                  <ul>
                    {initiative.history.map((entry) => (
                      <li key={`${entry.on}-${entry.to}`}>
                        {formatDate(entry.on)}: {t(`cycle.statuses.${entry.from}`)} →{' '}
                        {t(`cycle.statuses.${entry.to}`)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
      {data.outcome === 'pending' || data.outcome === 'theme' ? <p>{t('cycle.public.pending')}</p> : null}
    </article>
  );
}

export function DialogueReturnPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const loaded = useLoad((signal) => call(api.devolution.dialogueReturn, { params: { id }, signal }), [id]);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} />;
  const data = loaded.data;
  return (
    <article>
      <h1>{t('cycle.public.dialogueTitle')}</h1>
      <p className="muted">
        {t('cycle.public.fromDialogue', {
          title: data.dialogue.title,
          region: data.dialogue.regionName,
          date: formatDate(data.dialogue.date),
        })}
      </p>
      <p>
        <strong>{t('cycle.public.summary', data.summary)}</strong>
      </p>
      <p className="muted">{t('cycle.public.figures', data.summary)}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cycle.public.idea')}</th>
              <th scope="col">{t('cycle.public.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {data.ideas.map((idea) => (
              <tr key={idea.id}>
                <th scope="row">
                  <Link to={`/devolucion/idea/${idea.id}`}>{idea.text}</Link>
                  {idea.merged.length ? <span className="muted"> (+{idea.merged.length})</span> : null}
                </th>
                <td>
                  {idea.answer ? <AnswerBlock answer={idea.answer} compact /> : null}
                  {idea.initiatives.length || idea.themes.length ? (
                    <ul>
                      {idea.initiatives.map((initiative) => (
                        <li key={initiative.id}>
                          {initiative.title}: {t(`cycle.statuses.${initiative.status}`)} (
                          {initiative.progressPercent} %)
                        </li>
                      ))}
                      {idea.themes.map((theme) => (
                        <li key={theme.id}>{theme.label}</li>
                      ))}
                    </ul>
                  ) : idea.answer ? null : (
                    t('cycle.public.noOutcome')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

export function UnsubscribePage() {
  const { t } = useTranslation();
  const { token } = useParams();
  const loaded = useLoad(
    (signal) => call(api.notifications.describeUnsubscribe, { params: { token }, signal }),
    [token],
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} />;
  const email = loaded.data.email;
  return (
    <section className="card narrow">
      <h1>{t('cycle.public.unsubscribeTitle')}</h1>
      <ErrorMessage error={error} />
      {done || loaded.data.unsubscribed ? (
        <Alert kind="success">{t('cycle.public.unsubscribed', { email })}</Alert>
      ) : (
        <>
          <p>{t('cycle.public.unsubscribeAsk', { email })}</p>
          <Button
            onClick={() =>
              void call(api.notifications.unsubscribe, { body: { token: token ?? '' } }).then(
                () => setDone(true),
                (reason) => setError(reason instanceof ApiError ? reason : null),
              )
            }
          >
            {t('cycle.public.unsubscribeConfirm')}
          </Button>
        </>
      )}
    </section>
  );
}
