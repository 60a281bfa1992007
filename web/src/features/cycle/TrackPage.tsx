import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type RunAction, useAction } from '../../app/action.js';
import { api, call, type ResponseOf } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { Alert, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { FeedbackSessionsSection } from './TrackFeedback.js';
import { IdeasSection } from './TrackIdeas.js';
import { NotesSection } from './TrackNotes.js';
import { PhasesSection } from './TrackPhases.js';

export type Track = ResponseOf<typeof api.cycles.getTrack>;

/** What each section of the track page gets: the track and the page's action (one feedback, on top). */
export interface TrackSectionProps {
  track: Track;
  run: RunAction;
}

export type CandidateIdea = ResponseOf<typeof api.initiatives.candidateIdeas>['ideas'][number];

export function TrackPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const track = useLoad((signal) => call(api.cycles.getTrack, { params: { id }, signal }), [id]);
  const ideas = useLoad((signal) => call(api.initiatives.candidateIdeas, { params: { id }, signal }), [id]);
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
