import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { formatInteger } from '../../app/format.js';
import { Alert, Button, ErrorMessage, Progress } from '../../ui/index.js';
import type { ThemeJob } from './types.js';

const pollMs = 1000;

/**
 * A theme run under way: its progress bar and stage, read again every second, and a cancel
 * button. Calls `onEnded` once the job is done, failed or cancelled.
 */
export function JobProgress({
  job: initial,
  canCancel,
  onEnded,
}: {
  job: ThemeJob;
  canCancel: boolean;
  onEnded(job: ThemeJob): void;
}) {
  const { t } = useTranslation();
  const [job, setJob] = useState(initial);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const open = job.status === 'queued' || job.status === 'running';

  useEffect(() => {
    if (!open) {
      onEnded(job);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        setJob(await call(api.synthesis.getThemeJob, { params: { id: job.id }, signal: controller.signal }));
      } catch (reason) {
        if (!controller.signal.aborted) setError(reason as ApiError);
      }
    }, pollMs);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [job, open, onEnded]);

  async function cancel() {
    setCancelling(true);
    setError(null);
    try {
      setJob(await call(api.synthesis.cancelThemeJob, { params: { id: job.id } }));
    } catch (reason) {
      setError(reason as ApiError);
    } finally {
      setCancelling(false);
    }
  }

  const stage = job.status === 'queued' ? t('synthesis.job.queued') : stageLabel(t, job.stage);
  return (
    <section className="job-progress" aria-live="polite" style={{ marginBottom: '1rem' }}>
      <Progress
        value={job.percent}
        max={100}
        label={t('synthesis.job.progress', {
          ideas: formatInteger(job.ideaCount),
          stage,
          percent: job.percent,
        })}
      />
      {canCancel && open ? (
        <Button variant="secondary" onClick={cancel} disabled={cancelling}>
          {cancelling ? t('synthesis.job.cancelling') : t('synthesis.job.cancel')}
        </Button>
      ) : null}
      <ErrorMessage error={error} />
    </section>
  );
}

function stageLabel(t: (key: string) => string, stage: string | null): string {
  const key = {
    texto: 'text',
    reducción: 'reduce',
    'eligiendo k': 'chooseK',
    agrupación: 'cluster',
    guardando: 'store',
  }[stage ?? 'texto'];
  return t(`synthesis.job.stage.${key ?? 'text'}`);
}

/** What became of a job that has ended without its themes: shown above the (unchanged) themes. */
export function JobOutcome({ job }: { job: ThemeJob }) {
  const { t } = useTranslation();
  if (job.status === 'cancelled') return <Alert>{t('synthesis.job.cancelled')}</Alert>;
  if (job.status === 'failed')
    return <Alert kind="error">{t('synthesis.job.failed', { reason: job.error ?? '' })}</Alert>;
  return null;
}
