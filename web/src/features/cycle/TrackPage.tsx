import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type RunAction, useAction } from '../../app/action.js';
import { get } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { Alert, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { FeedbackSessionsSection } from './TrackFeedback.js';
import { IdeasSection } from './TrackIdeas.js';
import { NotesSection } from './TrackNotes.js';
import { PhasesSection } from './TrackPhases.js';

export interface Track {
  id: number;
  cycleId: number;
  year: number;
  cycleStatus: string;
  regionCode: string;
  regionName: string;
  startingNotes: string | null;
  evaluationNotes: string | null;
  phases: Array<{
    id: number;
    phase: string;
    startsOn: string;
    endsOn: string;
    completedAt: string | null;
    attachments: Array<{ id: number; kind: string; refId: number; label: string | null }>;
  }>;
  feedbackSessions: Array<{
    id: number;
    title: string;
    audience: string;
    plannedOn: string;
    heldOn: string | null;
    attendees: number | null;
    notes: string | null;
  }>;
}

/** What each section of the track page gets: the track and the page's action (one feedback, on top). */
export interface TrackSectionProps {
  track: Track;
  run: RunAction;
}

export interface CandidateIdea {
  id: number;
  text: string;
  dialogueTitle: string;
  dots: number;
  initiatives: Array<{ id: number; title: string; status: string }>;
}

export function TrackPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const track = useLoad((signal) => get<Track>(`/api/tracks/${id}`, { signal }), [id]);
  const ideas = useLoad(
    (signal) => get<{ ideas: CandidateIdea[] }>(`/api/tracks/${id}/ideas`, { signal }),
    [id],
  );
  const reload = () => {
    track.reload();
    ideas.reload();
  };
  const { error, notice, run } = useAction({ onDone: reload });
  if (track.loading && !track.data) return <Loading />;
  if (!track.data) return <ErrorMessage error={track.error} />;
  const data = track.data;

  return (
    <>
      <PageHeader title={t('cycle.track.title', { year: data.year, region: data.regionName })}>
        <Link to="/staff/ciclo">{t('common.back')}</Link>
      </PageHeader>
      <ErrorMessage error={error} />
      {notice ? <Alert kind="success">{notice}</Alert> : null}

      <PhasesSection track={data} run={run} />

      <FeedbackSessionsSection track={data} run={run} />

      <IdeasSection track={data} ideas={ideas.data?.ideas ?? null} run={run} />

      <NotesSection track={data} run={run} />
    </>
  );
}
