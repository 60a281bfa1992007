import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { patch } from '../../app/api.js';
import { Button, TextArea } from '../../ui/index.js';
import type { TrackSectionProps as Props } from './TrackPage.js';

/** The notes at the start and at the evaluation of the track. */
export function NotesSection({ track: data, run }: Props) {
  const { t } = useTranslation();

  async function saveNotes(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(
      () =>
        patch(`/api/tracks/${data.id}`, {
          startingNotes: form.get('startingNotes') || null,
          evaluationNotes: form.get('evaluationNotes') || null,
        }),
      { success: t('common.saved') },
    );
  }
  return (
    <section className="card">
      <form onSubmit={(event) => void saveNotes(event)}>
        <TextArea
          label={t('cycle.track.startingNotes')}
          name="startingNotes"
          defaultValue={data.startingNotes ?? ''}
          optional
        />
        <TextArea
          label={t('cycle.track.evaluationNotes')}
          name="evaluationNotes"
          defaultValue={data.evaluationNotes ?? ''}
          optional
        />
        <Button type="submit" variant="secondary">
          {t('cycle.track.saveNotes')}
        </Button>
      </form>
    </section>
  );
}
