import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call, href } from '../../app/client.js';
import { useDebounced, useLiveSocket } from '../../app/live.js';
import { ConnectionIndicator } from '../../ui/ConnectionIndicator.js';
import { ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import type { Dialogue, ScreenState, StaffIdea } from '../dialogues/types.js';
import { CardEntry } from './CardEntry.js';
import { Counters } from './Counters.js';
import { IdeaStream } from './IdeaStream.js';
import { JoinAddress } from './JoinAddress.js';
import { PhaseBar, type Step } from './PhaseBar.js';
import { PossibleDuplicates } from './PossibleDuplicates.js';
import { ScreenControls } from './ScreenControls.js';
import { ScreenLink } from './ScreenLink.js';

function currentStep(dialogue: Dialogue): Step | null {
  if (dialogue.status === 'closed') return 'closing';
  if (dialogue.status === 'live') return dialogue.phase ?? 'ideation';
  return null;
}

/** The facilitator's console: phases, counters, the idea stream per table with moderation, card entry. */
export function LiveConsole() {
  const { t } = useTranslation();
  const { id } = useParams();
  const dialogueId = Number(id);
  const [dialogue, setDialogue] = useState<Dialogue | null>(null);
  const [ideas, setIdeas] = useState<StaffIdea[]>([]);
  const [screen, setScreen] = useState<ScreenState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [compareId, setCompareId] = useState<number | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextDialogue, nextIdeas, nextScreen] = await Promise.all([
        call(api.dialogues.get, { params: { id: dialogueId } }),
        call(api.ideas.listStaffIdeas, { params: { id: dialogueId }, query: { includeHidden: '1' } }),
        call(api.screen.screen, { params: { id: dialogueId } }).catch(() => null),
      ]);
      setDialogue(nextDialogue);
      setIdeas(nextIdeas.ideas);
      setScreen(nextScreen);
      setError(null);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  }, [dialogueId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const scheduleReload = useDebounced(() => void reload(), 250);
  // The stream reloads after each event: what the socket says is the signal, the API the truth.
  const connection = useLiveSocket(
    Number.isFinite(dialogueId) ? href(api.live.dialogue, { params: { id: dialogueId } }) : null,
    {
      hello: {},
      after: screen?.lastEventId ?? null,
      enabled: dialogue !== null,
      onEvent: scheduleReload,
      onReady: scheduleReload,
    },
  );

  if (error && !dialogue) return <ErrorMessage error={error} />;
  if (!dialogue) return <Loading />;

  const step = currentStep(dialogue);
  const closed = dialogue.status === 'closed';
  const act = async (action: () => Promise<unknown>) => {
    await action();
    await reload();
  };

  return (
    <div className="live-console">
      <PageHeader
        title={`${t('live.title')}: ${dialogue.title}`}
        actions={
          <>
            <ConnectionIndicator
              status={connection}
              labels={{
                online: t('live.connection.online'),
                connecting: t('live.connection.connecting'),
                offline: t('live.connection.offline'),
              }}
            />
            <a className="btn btn-secondary" href={`/screen/${dialogue.id}`} target="_blank" rel="noopener">
              {t('live.openScreen')}
            </a>
            <Link className="btn btn-link" to={`/staff/dialogues/${dialogue.id}`}>
              {t('live.back')}
            </Link>
          </>
        }
      />
      <ErrorMessage error={error} />
      <PhaseBar dialogue={dialogue} step={step} onChange={act} />
      {closed ? null : (
        <div className="room-links">
          <JoinAddress dialogue={dialogue} onChange={() => void reload()} />
          <ScreenLink dialogue={dialogue} />
        </div>
      )}
      <ScreenControls dialogue={dialogue} ideas={ideas} screen={screen} onChange={act} />
      <Counters dialogue={dialogue} ideas={ideas} screen={screen} />
      <CardEntry dialogue={dialogue} onAdded={reload} />
      {closed ? null : (
        <PossibleDuplicates
          dialogue={dialogue}
          ideas={ideas}
          chosenId={compareId}
          onChoose={setCompareId}
          onChange={act}
        />
      )}
      <IdeaStream
        dialogue={dialogue}
        ideas={ideas}
        onChange={act}
        onCompare={
          closed
            ? undefined
            : (idea) => {
                setCompareId(idea.id);
                document.getElementById('duplicates-heading')?.scrollIntoView({ block: 'start' });
              }
        }
      />
    </div>
  );
}
