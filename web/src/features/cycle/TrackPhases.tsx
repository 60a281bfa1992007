import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type BodyOf, call, formValue } from '../../app/client.js';
import { todayInChile } from '../../app/format.js';
import { Button, Select, TextInput } from '../../ui/index.js';
import type { TrackSectionProps as Props } from './TrackPage.js';

/** The phases of the track with their dates and completion, and what each produced (attachments). */
export function PhasesSection({ track: data, run }: Props) {
  const { t } = useTranslation();
  const today = todayInChile();
  async function saveDates(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(
      () =>
        call(api.cycles.setPhaseDates, {
          params: { id: data.id },
          body: {
            phases: data.phases.map((phase) => ({
              phase: phase.phase as BodyOf<typeof api.cycles.setPhaseDates>['phases'][number]['phase'],
              startsOn: formValue(form, `${phase.phase}.startsOn`),
              endsOn: formValue(form, `${phase.phase}.endsOn`),
            })),
          },
        }),
      { success: t('cycle.track.datesSaved') },
    );
  }

  async function attach(event: FormEvent<HTMLFormElement>, phaseId: number) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const ok = await run(() =>
      call(api.cycles.attachToPhase, {
        params: { id: phaseId },
        body: {
          kind: formValue(form, 'kind') as BodyOf<typeof api.cycles.attachToPhase>['kind'],
          refId: Number(form.get('refId')),
          label: String(form.get('label') ?? '') || undefined,
        },
      }),
    );
    if (ok) element.reset();
  }
  return (
    <section className="card">
      <h2>{t('cycle.track.phases')}</h2>
      <form onSubmit={saveDates}>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('cycle.track.phases')}</th>
                <th scope="col">{t('cycle.cycles.startsOn')}</th>
                <th scope="col">{t('cycle.cycles.endsOn')}</th>
                <th scope="col">{t('common.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.phases.map((phase) => (
                <tr key={phase.id}>
                  <th scope="row">{t(`cycle.phases.${phase.phase}`)}</th>
                  <td>
                    <input
                      type="date"
                      name={`${phase.phase}.startsOn`}
                      defaultValue={phase.startsOn}
                      aria-label={`${t(`cycle.phases.${phase.phase}`)}: ${t('cycle.cycles.startsOn')}`}
                    />
                  </td>
                  <td>
                    <input
                      type="date"
                      name={`${phase.phase}.endsOn`}
                      defaultValue={phase.endsOn}
                      aria-label={`${t(`cycle.phases.${phase.phase}`)}: ${t('cycle.cycles.endsOn')}`}
                    />
                  </td>
                  <td>
                    {phase.completedAt ? (
                      <span className="badge">{t('cycle.track.done')}</span>
                    ) : phase.endsOn < today ? (
                      <span className="badge">{t('cycle.cycles.late')}</span>
                    ) : null}{' '}
                    <Button
                      variant="link"
                      onClick={() =>
                        void run(() =>
                          call(api.cycles.setPhaseCompleted, {
                            params: { id: phase.id },
                            body: { completed: !phase.completedAt },
                          }),
                        )
                      }
                    >
                      {phase.completedAt ? t('cycle.track.reopen') : t('cycle.track.markDone')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Button type="submit" variant="secondary">
          {t('cycle.track.saveDates')}
        </Button>
      </form>
      {data.phases.map((phase) => (
        <div key={phase.id}>
          <h3>
            {t(`cycle.phases.${phase.phase}`)} · {t('cycle.track.produced')}
          </h3>
          <ul>
            {phase.attachments.map((attachment) => (
              <li key={attachment.id}>
                {t(`cycle.track.kinds.${attachment.kind}`)} {attachment.refId}
                {attachment.label ? `: ${attachment.label}` : ''}
              </li>
            ))}
          </ul>
          <form
            className="toolbar"
            onSubmit={(event) => void attach(event, phase.id)}
            aria-label={`${t('cycle.track.attach')} · ${t(`cycle.phases.${phase.phase}`)}`}
          >
            <Select
              label={t('cycle.track.attachKind')}
              name="kind"
              options={['dialogue', 'interview', 'council_session', 'theme', 'consultation'].map((kind) => ({
                value: kind,
                label: t(`cycle.track.kinds.${kind}`),
              }))}
            />
            <TextInput label={t('cycle.track.attachId')} name="refId" type="number" min={1} required />
            <TextInput label={t('cycle.track.attachLabel')} name="label" optional />
            <Button type="submit" variant="secondary">
              {t('cycle.track.attach')}
            </Button>
          </form>
        </div>
      ))}
    </section>
  );
}
