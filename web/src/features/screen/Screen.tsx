import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call, href } from '../../app/client.js';
import { formatInteger, formatPercent } from '../../app/format.js';
import { useDebounced, useLiveSocket } from '../../app/live.js';
import { ConnectionIndicator } from '../../ui/ConnectionIndicator.js';
import { Countdown } from '../../ui/Countdown.js';
import { Alert, Button, ErrorMessage, Loading } from '../../ui/index.js';
import type { ScreenState } from '../dialogues/types.js';

/** The projector opened with the dialogue's screen link (`/p/KEY`): no staff session needed. */
export function LinkedScreen() {
  const { key = '' } = useParams();
  return <Screen screenKey={key.replace(/[\s-]/g, '').toUpperCase()} />;
}

/** The projector: QR and ideas per table, then the live top 10, then the evaluation share. */
export function Screen({ screenKey }: { screenKey?: string }) {
  const { t } = useTranslation();
  const { id } = useParams();
  const [state, setState] = useState<ScreenState | null>(null);
  // With a screen link the dialogue is known once its state has arrived.
  const dialogueId = screenKey ? (state?.dialogue.id ?? Number.NaN) : Number(id);
  const [error, setError] = useState<ApiError | null>(null);
  const [fullScreen, setFullScreen] = useState(false);

  const reload = useCallback(async () => {
    try {
      setState(
        screenKey
          ? await call(api.screen.byKey, { params: { key: screenKey } })
          : await call(api.screen.screen, { params: { id: Number(id) } }),
      );
      setError(null);
    } catch (reason) {
      const failure = reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason));
      setError(failure);
      // A revoked link shows nothing more of the room.
      if (failure.status === 404) setState(null);
    }
  }, [id, screenKey]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  useEffect(() => {
    if (state) document.title = state.dialogue.title;
  }, [state]);

  const scheduleReload = useDebounced(() => void reload(), 150);
  const connection = useLiveSocket(
    Number.isFinite(dialogueId) ? href(api.live.dialogue, { params: { id: dialogueId } }) : null,
    {
      hello: screenKey ? { screenKey } : {},
      after: state?.lastEventId ?? null,
      enabled: state !== null,
      onEvent: scheduleReload,
      onReady: scheduleReload,
    },
  );

  // A projector on a screen link that loses its socket asks again: a revoked link answers 404.
  useEffect(() => {
    if (screenKey && connection === 'offline') void reload();
  }, [screenKey, connection, reload]);

  if (!state) {
    return (
      <div className="screen">
        {screenKey && error?.status === 404 ? (
          <Alert kind="error">{t('screen.linkRevoked')}</Alert>
        ) : error?.status === 401 ? (
          <Alert kind="info">
            {t('screen.signIn')}{' '}
            <a href={`/login?next=${encodeURIComponent(`/staff/dialogues/${dialogueId}/live`)}`}>
              {t('common.signIn')}
            </a>
          </Alert>
        ) : (
          <ErrorMessage error={error} />
        )}
        {error ? null : <Loading />}
      </div>
    );
  }

  const { dialogue } = state;
  const stage =
    dialogue.status === 'closed'
      ? 'closed'
      : dialogue.status === 'live' && dialogue.phase === 'voting'
        ? 'voting'
        : dialogue.status === 'live' && dialogue.phase === 'evaluation'
          ? 'evaluation'
          : 'joining';

  return (
    <div className={`screen stage-${stage}`}>
      <header className="screen-header">
        <div>
          <h1>{dialogue.title}</h1>
          <p className="screen-phase" data-testid="screen-phase">
            {t(
              `screen.stage.${stage === 'joining' ? (dialogue.status === 'live' ? 'ideation' : 'joining') : stage}`,
            )}
          </p>
        </div>
        <div className="screen-tools">
          {state.view.countdownEndsAt && dialogue.status === 'live' ? (
            <Countdown
              endsAt={state.view.countdownEndsAt}
              label={t('screen.countdown')}
              className="screen-countdown"
            />
          ) : null}
          <ConnectionIndicator
            status={connection}
            labels={{
              online: t('screen.connection.online'),
              connecting: t('screen.connection.connecting'),
              offline: t('screen.connection.offline'),
            }}
          />
          {fullScreen ? null : (
            <Button variant="secondary" onClick={() => void document.documentElement.requestFullscreen?.()}>
              {t('screen.fullScreen')}
            </Button>
          )}
        </div>
      </header>
      {stage === 'joining' ? <Joining state={state} screenKey={screenKey} /> : null}
      {stage === 'evaluation' ? (
        <section className="screen-evaluating" aria-labelledby="evaluating-label">
          <h2 id="evaluating-label" className="screen-prompt">
            {t('screen.evaluating')}
          </h2>
          <p className="screen-note">
            {t('screen.evaluations', {
              count: state.evaluation.responses,
              formatted: formatInteger(state.evaluation.responses),
            })}
          </p>
        </section>
      ) : null}
      {stage === 'voting' && state.view.rankingHidden ? (
        <p className="screen-empty" data-testid="ranking-hidden">
          {t('screen.rankingHidden')}
        </p>
      ) : stage === 'voting' || stage === 'evaluation' ? (
        <Rankings state={state} top={stage === 'voting' ? 10 : 5} compact={stage === 'evaluation'} />
      ) : null}
      {state.view.spotlight && dialogue.status === 'live' ? (
        <section className="screen-spotlight" aria-labelledby="spotlight-label" data-testid="spotlight">
          <h2 id="spotlight-label" className="visually-hidden">
            {t('screen.spotlight')}
          </h2>
          <p className="spotlight-text">{state.view.spotlight.text}</p>
          {stage !== 'joining' && !(stage === 'voting' && state.view.rankingHidden) ? (
            <p className="spotlight-dots">
              {t('screen.dotsCount', {
                count: state.view.spotlight.dots,
                formatted: formatInteger(state.view.spotlight.dots),
              })}
            </p>
          ) : null}
        </section>
      ) : null}
      {stage === 'voting' ? (
        <p className="screen-note">
          {t('screen.done', {
            count: state.participantsDone,
            done: formatInteger(state.participantsDone),
            total: formatInteger(state.participants),
          })}
        </p>
      ) : null}
      {stage === 'closed' ? (
        <section className="screen-close" aria-labelledby="share-label">
          <Rankings state={state} top={5} compact final />
          <div className="screen-close-figures">
            {state.evaluation.responses > 0 ? (
              <p>
                <span className="share" data-testid="evaluation-share">
                  {formatPercent(state.evaluation.excellentOrGoodShare)}
                </span>{' '}
                <span id="share-label" className="share-label">
                  {t('screen.shareLabel')}
                </span>
              </p>
            ) : (
              <p id="share-label">{t('screen.noEvaluations')}</p>
            )}
            <p className="screen-totals">
              {t('screen.totals', {
                ideas: formatInteger(state.figures.ideas),
                visible: formatInteger(state.figures.ideas_visible),
                participants: formatInteger(state.participants),
              })}
            </p>
            <p className="screen-thanks">{t('screen.thanks')}</p>
          </div>
        </section>
      ) : null}
    </div>
  );
}

function Joining({ state, screenKey }: { state: ScreenState; screenKey?: string }) {
  const { t } = useTranslation();
  const { dialogue } = state;
  const max = Math.max(1, ...state.participantsPerTable.map((table) => table.ideas));
  // The address without the code: a phone that types it lands on «Ingresa el código».
  const shortBase = dialogue.joinUrl.replace(/^https?:\/\//, '').replace(/\/d\/[^/]*$/, '');
  return (
    <div className="screen-joining">
      <section className="screen-join" aria-labelledby="join-label">
        <h2 id="join-label">{t('screen.joinAt')}</h2>
        <img
          className="qr"
          src={
            screenKey
              ? href(api.screen.qrByKey, { params: { key: screenKey } })
              : href(api.dialogues.qr, { params: { id: dialogue.id } })
          }
          alt={t('screen.qrAlt')}
        />
        <p className="screen-url">
          {t('screen.scanOrType')} <strong data-testid="short-address">{shortBase}</strong>{' '}
          {t('screen.andType')}
        </p>
        <p className="join-code-big">
          <span className="visually-hidden">{t('screen.code')}: </span>
          {/* In groups of three, easier to read aloud and to copy from the back of the room; the
              gap is spacing, not text, so the code copies and reads as one word. */}
          {Array.from({ length: Math.ceil(dialogue.joinCode.length / 3) }, (_, group) => group * 3).map(
            (at) => (
              <span key={`at-${at}`} className="join-code-group">
                {dialogue.joinCode.slice(at, at + 3)}
              </span>
            ),
          )}
        </p>
      </section>
      <section className="screen-progress" aria-labelledby="tables-label">
        {dialogue.status === 'live' ? <QuestionList state={state} /> : null}
        <p className="big-number">
          <span data-testid="participants">{formatInteger(state.participants)}</span>{' '}
          <span className="big-number-label">{t('screen.participants', { count: state.participants })}</span>
        </p>
        {/* Before it goes live the room reads the consultations' material while people arrive (the
            bars are all zero then); once live, the ideas per table are the news. */}
        {dialogue.status !== 'live' && state.consultations.length > 0 ? (
          <ChallengeMaterial state={state} />
        ) : (
          <>
            <h2 id="tables-label">{t('screen.ideasPerTable')}</h2>
            <table className="table-bars">
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('screen.table')}</th>
                  <th scope="col">{t('screen.ideas')}</th>
                </tr>
              </thead>
              <tbody>
                {state.participantsPerTable.map((table) => (
                  <tr key={table.tableId}>
                    <th scope="row">{table.name}</th>
                    <td>
                      <span className="bar-track" aria-hidden="true">
                        <span className="bar" style={{ width: `${(table.ideas / max) * 100}%` }} />
                      </span>
                      <span className="bar-value">{formatInteger(table.ideas)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}

/** The consultations taken to the dialogue: what unites and what divides their opinion groups. */
function ChallengeMaterial({ state }: { state: ScreenState }) {
  const { t } = useTranslation();
  return (
    <section className="screen-material" aria-label={t('screen.material')} data-testid="screen-material">
      {state.consultations.map((consultation) => (
        <article key={consultation.id} className="screen-consultation">
          <h2>{consultation.question}</h2>
          <div>
            <h3>{t('screen.unites')}</h3>
            <ul data-testid="screen-consensus">
              {consultation.consensus.map((item) => (
                <li key={item.statementId}>
                  {item.direction === 'disagree' ? (
                    <span className="screen-material-direction">{t('screen.againstIt')} </span>
                  ) : null}
                  {item.text}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('screen.divides')}</h3>
            <ul data-testid="screen-divisive">
              {consultation.divisive.map((item) => (
                <li key={item.statementId}>{item.text}</li>
              ))}
            </ul>
          </div>
        </article>
      ))}
    </section>
  );
}

/** One ranking per challenge question, side by side when there are several. */
function Rankings({
  state,
  top,
  compact = false,
  final = false,
}: {
  state: ScreenState;
  top: number;
  compact?: boolean;
  final?: boolean;
}) {
  const { t } = useTranslation();
  const several = state.questions.length > 1;
  const groups = [
    ...state.questions.map((question) => ({
      key: String(question.id),
      id: question.id as number | null,
      question,
    })),
    ...(state.ranking.some((row) => row.questionId === null)
      ? [{ key: 'none', id: null, question: null }]
      : []),
  ];
  if (state.dotsSpent === 0 && !final)
    return (
      <section className="screen-ranking" aria-labelledby="ranking-label">
        <h2 id="ranking-label" className="visually-hidden">
          {t('screen.ranking', { count: top })}
        </h2>
        <p className="screen-empty" data-testid="no-dots">
          {t('screen.noVotes')}
        </p>
        <QuestionList state={state} />
      </section>
    );
  return (
    <div className={`screen-rankings ${several ? 'several' : ''} ${compact ? 'compact' : ''}`}>
      {groups.map((group, index) => (
        <Ranking
          key={group.key}
          headingId={`ranking-${group.key}`}
          title={
            group.question
              ? several
                ? `${index + 1}. ${group.question.text}`
                : group.question.text
              : t('screen.noQuestion')
          }
          caption={final ? t('screen.finalRanking', { count: top }) : t('screen.ranking', { count: top })}
          rows={state.ranking
            .filter((row) => row.questionId === group.id)
            .slice(0, several ? Math.min(top, 5) : top)}
        />
      ))}
    </div>
  );
}

/** The challenge questions, as the phones show them. */
function QuestionList({ state }: { state: ScreenState }) {
  const { t } = useTranslation();
  if (state.questions.length === 0) return null;
  const count = new Map(state.ideasPerQuestion.map((row) => [row.questionId, row.ideas]));
  return (
    <ol className="screen-questions" aria-label={t('screen.questions')}>
      {state.questions.map((question) => (
        <li key={question.id}>
          <span className="screen-question-text">{question.text}</span>{' '}
          <span className="screen-question-count">
            {t('screen.ideasCount', {
              count: count.get(question.id) ?? 0,
              formatted: formatInteger(count.get(question.id) ?? 0),
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Rows keep their element by idea id and move by transform, so the order changes smoothly. */
function Ranking({
  headingId,
  title,
  caption,
  rows,
}: {
  headingId: string;
  title: string;
  caption: string;
  rows: ScreenState['ranking'];
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((row) => row.dots));
  const byId = [...rows].sort((a, b) => a.ideaId - b.ideaId);
  return (
    <section className="screen-ranking" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('screen.rank')}</th>
              <th scope="col">{t('screen.idea')}</th>
              <th scope="col">{t('screen.dots')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.ideaId}>
                <td>{row.rank}</td>
                <td>{row.text}</td>
                <td>{row.dots}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="ranking-rows" aria-hidden="true" style={{ height: `calc(${rows.length} * var(--row))` }}>
        {byId.map((row) => {
          const position = rows.findIndex((other) => other.ideaId === row.ideaId);
          return (
            <li
              key={row.ideaId}
              className="ranking-row"
              style={{ transform: `translateY(calc(${position} * var(--row)))` }}
              data-idea-id={row.ideaId}
            >
              <span className="rank">{row.rank}</span>
              <span className="ranking-text">{row.text}</span>
              <span className="ranking-bar-track" aria-hidden="true">
                <span className="ranking-bar" style={{ width: `${(row.dots / max) * 100}%` }} />
              </span>
              <span className="ranking-dots">{formatInteger(row.dots)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
