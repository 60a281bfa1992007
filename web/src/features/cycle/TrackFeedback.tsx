import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../app/api.js';
import { formatDate, todayInChile } from '../../app/format.js';
import { Button, Select, TextArea, TextInput } from '../../ui/index.js';
import type { TrackSectionProps as Props } from './TrackPage.js';

/** The feedback sessions (devolución): planned, then recorded as held. */
export function FeedbackSessionsSection({ track: data, run }: Props) {
  const { t } = useTranslation();
  const today = todayInChile();
  const [recording, setRecording] = useState<number | null>(null);
  async function addSession(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const ok = await run(() =>
      post(`/api/tracks/${data.id}/feedback-sessions`, {
        title: form.get('title'),
        audience: form.get('audience'),
        plannedOn: form.get('plannedOn'),
      }),
    );
    if (ok) element.reset();
  }

  async function recordHeld(event: FormEvent<HTMLFormElement>, sessionId: number) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const attendees = String(form.get('attendees') ?? '');
    const ok = await run(() =>
      patch(`/api/feedback-sessions/${sessionId}`, {
        heldOn: form.get('heldOn'),
        attendees: attendees ? Number(attendees) : null,
        notes: form.get('notes') || null,
      }),
    );
    if (ok) setRecording(null);
  }
  return (
    <section className="card">
      <h2>{t('cycle.track.feedbackTitle')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cycle.track.sessionTitle')}</th>
              <th scope="col">{t('cycle.track.audience')}</th>
              <th scope="col">{t('cycle.track.plannedOn')}</th>
              <th scope="col">{t('cycle.track.heldOn')}</th>
            </tr>
          </thead>
          <tbody>
            {data.feedbackSessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">{session.title}</th>
                <td>{t(`cycle.track.audiences.${session.audience}`)}</td>
                <td>{formatDate(session.plannedOn)}</td>
                <td>
                  {session.heldOn ? (
                    formatDate(session.heldOn)
                  ) : (
                    <Button variant="link" onClick={() => setRecording(session.id)}>
                      {t('cycle.track.recordHeld')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {recording ? (
        <form className="card" onSubmit={(event) => void recordHeld(event, recording)}>
          <h3>
            {t('cycle.track.recordHeld')}:{' '}
            {data.feedbackSessions.find((session) => session.id === recording)?.title}
          </h3>
          <TextInput
            label={t('cycle.track.heldOn')}
            name="heldOn"
            type="date"
            defaultValue={today}
            required
          />
          <TextInput label={t('cycle.track.attendees')} name="attendees" type="number" min={0} optional />
          <TextArea label={t('cycle.track.notes')} name="notes" optional />
          <div className="toolbar">
            <Button type="submit">{t('common.save')}</Button>
            <Button variant="secondary" onClick={() => setRecording(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      <form className="toolbar" onSubmit={(event) => void addSession(event)}>
        <TextInput label={t('cycle.track.sessionTitle')} name="title" required />
        <Select
          label={t('cycle.track.audience')}
          name="audience"
          options={['participantes', 'consejo'].map((value) => ({
            value,
            label: t(`cycle.track.audiences.${value}`),
          }))}
        />
        <TextInput label={t('cycle.track.plannedOn')} name="plannedOn" type="date" required />
        <Button type="submit" variant="secondary">
          {t('cycle.track.addSession')}
        </Button>
      </form>
    </section>
  );
}
