import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, get } from '../../app/api.js';
import { formatInteger, formatPercent } from '../../app/format.js';
import { useDebounced, useLiveSocket } from '../../app/live.js';
import { ConnectionIndicator } from '../../ui/ConnectionIndicator.js';
import { Alert, Button, ErrorMessage, Loading } from '../../ui/index.js';
import type { ScreenState } from '../dialogues/types.js';

/** The projector: QR and ideas per table, then the live top 10, then the evaluation share. */
export function Screen() {
  const { t } = useTranslation();
  const { id } = useParams();
  const dialogueId = Number(id);
  const [state, setState] = useState<ScreenState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [fullScreen, setFullScreen] = useState(false);

  const reload = useCallback(async () => {
    try {
      setState(await get<ScreenState>(`/api/dialogues/${dialogueId}/screen`));
      setError(null);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  }, [dialogueId]);
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
  const connection = useLiveSocket(Number.isFinite(dialogueId) ? `/ws/dialogues/${dialogueId}` : null, {
    hello: {},
    after: state?.lastEventId ?? null,
    enabled: state !== null,
    onEvent: scheduleReload,
    onReady: scheduleReload,
  });

  if (!state) {
    return (
      <div className="screen">
        {error?.status === 401 ? (
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
  const ideas = state.participantsPerTable.reduce((sum, table) => sum + table.ideas, 0);
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
        <h1>{dialogue.title}</h1>
        <div className="screen-tools">
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
      {stage === 'joining' ? <Joining state={state} /> : null}
      {stage === 'voting' || stage === 'evaluation' ? <Ranking state={state} /> : null}
      {stage === 'evaluation' ? (
        <p className="screen-note">
          {t('screen.evaluating')} ·{' '}
          {t('screen.evaluations', {
            count: state.evaluation.responses,
            formatted: formatInteger(state.evaluation.responses),
          })}
        </p>
      ) : null}
      {stage === 'closed' ? (
        <section className="screen-close" aria-labelledby="share-label">
          {state.evaluation.responses > 0 ? (
            <>
              <p className="share" data-testid="evaluation-share">
                {formatPercent(state.evaluation.excellentOrGoodShare)}
              </p>
              <p id="share-label" className="share-label">
                {t('screen.shareLabel')}
              </p>
            </>
          ) : (
            <p id="share-label">{t('screen.noEvaluations')}</p>
          )}
          <p className="screen-totals">
            {t('screen.totals', {
              ideas: formatInteger(ideas),
              participants: formatInteger(state.participants),
            })}
          </p>
          <p className="screen-thanks">{t('screen.thanks')}</p>
        </section>
      ) : null}
    </div>
  );
}

function Joining({ state }: { state: ScreenState }) {
  const { t } = useTranslation();
  const { dialogue } = state;
  const max = Math.max(1, ...state.participantsPerTable.map((table) => table.ideas));
  const shortUrl = dialogue.joinUrl.replace(/^https?:\/\//, '');
  return (
    <div className="screen-joining">
      <section className="screen-join" aria-labelledby="join-label">
        <h2 id="join-label">{t('screen.joinAt')}</h2>
        <img className="qr" src={`/api/dialogues/${dialogue.id}/qr.svg`} alt={t('screen.qrAlt')} />
        <p className="screen-url">
          {t('screen.scanOrType')} <strong>{shortUrl}</strong>
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
        <p className="big-number">
          <span data-testid="participants">{formatInteger(state.participants)}</span>{' '}
          <span className="big-number-label">{t('screen.participants')}</span>
        </p>
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
      </section>
    </div>
  );
}

/** Rows keep their element by idea id and move by transform, so the order changes smoothly. */
function Ranking({ state }: { state: ScreenState }) {
  const { t } = useTranslation();
  const ranking = state.ranking.slice(0, 10);
  const max = Math.max(1, ...ranking.map((row) => row.dots));
  const byId = [...ranking].sort((a, b) => a.ideaId - b.ideaId);
  return (
    <section className="screen-ranking" aria-labelledby="ranking-label">
      <h2 id="ranking-label">{t('screen.ranking')}</h2>
      {ranking.length === 0 ? <p className="screen-note">{t('screen.noVotes')}</p> : null}
      <table className="visually-hidden">
        <caption>{t('screen.ranking')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('screen.rank')}</th>
            <th scope="col">{t('screen.idea')}</th>
            <th scope="col">{t('screen.dots')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.map((row, index) => (
            <tr key={row.ideaId}>
              <td>{index + 1}</td>
              <td>{row.text}</td>
              <td>{row.dots}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol
        className="ranking-rows"
        aria-hidden="true"
        style={{ height: `calc(${ranking.length} * var(--row))` }}
      >
        {byId.map((row) => {
          const rank = ranking.findIndex((other) => other.ideaId === row.ideaId);
          return (
            <li
              key={row.ideaId}
              className="ranking-row"
              style={{ transform: `translateY(calc(${rank} * var(--row)))` }}
              data-idea-id={row.ideaId}
            >
              <span className="rank">{rank + 1}</span>
              <span className="ranking-text">{row.text}</span>
              <span className="ranking-bar-track" aria-hidden="true">
                <span className="ranking-bar" style={{ width: `${(row.dots / max) * 100}%` }} />
              </span>
              <span className="ranking-dots">{formatInteger(row.dots)}</span>
            </li>
          );
        })}
      </ol>
      <p className="screen-note">
        {t('screen.done', {
          done: formatInteger(state.participantsDone),
          total: formatInteger(state.participants),
        })}
      </p>
    </section>
  );
}
