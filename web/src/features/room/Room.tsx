import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, deviceToken } from '../../app/api.js';
import { api, call, href } from '../../app/client.js';
import { LanguageSwitch } from '../../app/layouts.js';
import { type LiveEvent, useDebounced, useLiveSocket } from '../../app/live.js';
import { ConnectionIndicator } from '../../ui/ConnectionIndicator.js';
import { Countdown } from '../../ui/Countdown.js';
import { Alert, ErrorMessage, Loading } from '../../ui/index.js';
import type { JoinInfo, ParticipantState } from '../dialogues/types.js';
import { Evaluation, Thanks } from './Evaluation.js';
import { Ideation } from './Ideation.js';
import { Join } from './Join.js';
import { keepRoomOffline, lastState } from './offline.js';
import { newClientKey } from './queue.js';
import { useOutbox } from './useOutbox.js';
import { Voting } from './Voting.js';

/** The participant's phone: join, wait, send ideas, vote, evaluate; survives reloads and lost links. */
export function Room() {
  const { t } = useTranslation();
  const { code: typedCode = '' } = useParams();
  // As typed in the address bar: case, spaces and dashes forgiven (the server does the same).
  const code = typedCode.replace(/[\s-]/g, '').toUpperCase();
  const [token, setToken] = useState(() => deviceToken.get(code));
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [state, setState] = useState<ParticipantState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const loadMe = useCallback(async () => {
    if (!token) return;
    try {
      const fresh = await call(api.participants.participantState, { device: token });
      setState(fresh);
      lastState.set(code, fresh);
      setError(null);
    } catch (reason) {
      if (
        reason instanceof ApiError &&
        (reason.status === 401 || reason.status === 403 || reason.status === 404)
      ) {
        deviceToken.clear(code); // the token is not (or no longer) valid: join again
        lastState.clear(code);
        setToken('');
      } else {
        // No connection: the last state this phone saw, until the server answers again.
        const kept = reason instanceof ApiError && reason.status === 0 ? lastState.get(code) : null;
        if (kept) setState((current) => current ?? kept);
        setError(reason instanceof ApiError ? reason : null);
      }
    }
  }, [token, code]);

  useEffect(keepRoomOffline, []);

  useEffect(() => {
    if (token) void loadMe();
    else
      call(api.participants.joinInfo, { params: { code } })
        .then(setInfo)
        .catch((reason) => setError(reason instanceof ApiError ? reason : null));
  }, [token, code, loadMe]);

  useEffect(() => {
    document.title = state?.dialogue.title ?? info?.title ?? 'Minga';
  }, [state, info]);

  if (!token) {
    if (error?.status === 404)
      return (
        <div className="phone">
          <Alert kind="error">{t('room.unknownCode', { code })}</Alert>
        </div>
      );
    if (!info)
      return (
        <div className="phone">
          <ErrorMessage error={error} />
          {error ? null : <Loading />}
        </div>
      );
    return (
      <div className="phone">
        <div className="phone-language">
          <LanguageSwitch />
        </div>
        <Join code={code} info={info} onJoined={setToken} />
      </div>
    );
  }
  if (!state)
    return (
      <div className="phone">
        <ErrorMessage error={error} />
        {error ? null : <Loading />}
      </div>
    );
  return <Participant code={code} token={token} state={state} setState={setState} reload={loadMe} />;
}

function Participant({
  code,
  token,
  state,
  setState,
  reload,
}: {
  code: string;
  token: string;
  state: ParticipantState;
  setState(update: (current: ParticipantState | null) => ParticipantState | null): void;
  reload(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { queue, refusal, flush, enqueue } = useOutbox(code, token, setState, reload);
  const snapshotId = useRef(state.lastEventId);
  snapshotId.current = Math.max(snapshotId.current, state.lastEventId);

  const scheduleReload = useDebounced(() => void reload(), 300);
  const onEvent = (event: LiveEvent) => {
    if (event.event === 'idea.created') {
      const idea = event.payload.idea as { tableId?: number | null } | undefined;
      if (event.id > snapshotId.current && idea?.tableId === state.participant.tableId)
        setState((current) => (current ? { ...current, tableIdeas: current.tableIdeas + 1 } : current));
      if (state.dialogue.phase === 'voting') scheduleReload();
    } else if (
      event.event !== 'votes.changed' &&
      event.event !== 'participant.joined' &&
      event.event !== 'evaluation.received'
    ) {
      scheduleReload();
    }
  };
  const connection = useLiveSocket(href(api.live.dialogue, { params: { id: state.dialogue.id } }), {
    hello: { deviceToken: token || undefined },
    after: state.lastEventId,
    onEvent,
    onReady: () => {
      void flush();
      scheduleReload(); // catch up on anything the snapshot may be missing
    },
  });

  const { dialogue } = state;
  const table = dialogue.tables.find((candidate) => candidate.id === state.participant.tableId);
  let body: React.ReactNode;
  if (
    dialogue.status === 'closed' ||
    (dialogue.status === 'live' && dialogue.phase === 'evaluation' && state.evaluation)
  )
    body = <Thanks state={state} />;
  else if (dialogue.status !== 'live' || !dialogue.phase)
    body = <Waiting agenda={dialogue.agenda} table={table?.name ?? ''} />;
  else if (dialogue.phase === 'ideation')
    body = (
      <Ideation
        state={state}
        queue={queue}
        token={token}
        onSend={(questionId, text) =>
          enqueue({
            kind: 'idea',
            clientKey: newClientKey(),
            questionId,
            text,
            createdAt: new Date().toISOString(),
          })
        }
        onEdited={reload}
      />
    );
  else if (dialogue.phase === 'voting')
    body = (
      <Voting
        state={state}
        queue={queue}
        onVote={(ideaId, delta) => enqueue({ kind: 'vote', clientKey: newClientKey(), ideaId, delta })}
      />
    );
  else body = <Evaluation state={state} token={token} onDone={reload} />;

  return (
    <div className="phone">
      <header className="phone-header">
        <p className="phone-title">
          {dialogue.title}
          {table ? <span className="muted"> · {table.name}</span> : null}
        </p>
        <div className="phone-tools">
          {/* The link and the outbox together: «conectado» only when nothing waits to be sent. */}
          <ConnectionIndicator
            status={queue.length > 0 && connection === 'online' ? 'connecting' : connection}
            labels={
              queue.length > 0
                ? {
                    online: t('room.connection.online'),
                    connecting: t('room.connection.sending', { count: queue.length }),
                    offline: t('room.connection.offlinePending', { count: queue.length }),
                  }
                : {
                    online: t('room.connection.online'),
                    connecting: t('room.connection.connecting'),
                    offline: t('room.connection.offline'),
                  }
            }
          />
          <LanguageSwitch />
        </div>
      </header>
      {/* The projector's countdown, as the room sees it; at 0:00 the phase stays until the facilitator moves it. */}
      {state.countdownEndsAt && dialogue.status === 'live' ? (
        <Countdown endsAt={state.countdownEndsAt} label={t('room.countdown')} className="phone-countdown" />
      ) : null}
      {refusal ? <Alert kind="error">{refusal}</Alert> : null}
      {dialogue.phase !== 'ideation' || dialogue.status !== 'live' ? (
        <LateIdeas state={state} queue={queue} />
      ) : null}
      {body}
    </div>
  );
}

/**
 * Ideas written during ideation that are still on their way or arrived after it (the phone was
 * offline across the phase change): never lost, shown with their text and where they are.
 */
function LateIdeas({
  state,
  queue,
}: {
  state: ParticipantState;
  queue: ReturnType<typeof useOutbox>['queue'];
}) {
  const { t } = useTranslation();
  const waiting = queue.filter((item) => item.kind === 'idea');
  const late =
    state.dialogue.status === 'closed' ? [] : state.myIdeas.filter((idea) => idea.fate.state === 'late');
  if (waiting.length === 0 && late.length === 0) return null;
  return (
    <section className="late-ideas" aria-labelledby="late-ideas-title">
      <h2 id="late-ideas-title">{t('room.lateTitle')}</h2>
      <ul className="my-ideas">
        {waiting.map((item) => (
          <li key={item.clientKey} className="my-idea pending">
            <p>{item.kind === 'idea' ? item.text : ''}</p>
            <p className="idea-fate">{t('room.latePending')}</p>
          </li>
        ))}
        {late.map((idea) => (
          <li key={idea.id} className="my-idea">
            <p>{idea.text}</p>
            <p className="idea-fate idea-fate-late">{t('room.fateLate')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Before the facilitator starts: the participant's table and the agenda of the session. */
function Waiting({ agenda, table }: { agenda: string | null; table: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="waiting-title">
      <h1 id="waiting-title">{t('room.waitingTitle')}</h1>
      <p>{t('room.waitingIntro', { table })}</p>
      {agenda ? (
        <>
          <h2>{t('room.agenda')}</h2>
          <ul className="agenda-list">
            {agenda
              .split('\n')
              .filter((line) => line.trim())
              .map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: agenda lines have no identity of their own
                <li key={index}>{line}</li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
