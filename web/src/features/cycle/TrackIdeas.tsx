import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { post } from '../../app/api.js';
import { Button, TextArea, TextInput } from '../../ui/index.js';
import type { CandidateIdea, TrackSectionProps as Props } from './TrackPage.js';

/** The track's candidate ideas, chosen to become one new initiative of the portfolio. */
export function IdeasSection({ track: data, ideas, run }: Props & { ideas: CandidateIdea[] | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [checked, setChecked] = useState<number[]>([]);
  async function createInitiative(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let created: { id: number } | null = null;
    await run(async () => {
      created = await post<{ id: number }>('/api/initiatives', {
        cycleId: data.cycleId,
        regionCode: data.regionCode,
        title: form.get('title'),
        description: form.get('description') || null,
        responsibleUnit: form.get('unit'),
        budgetPesos: Number(form.get('budget') || 0),
        sources: checked.map((refId) => ({ kind: 'idea', refId })),
      });
    });
    if (created) navigate(`/staff/cartera/${(created as { id: number }).id}`);
  }
  return (
    <section className="card">
      <h2>{t('cycle.track.ideasTitle')}</h2>
      {!ideas?.length ? <p className="muted">{t('cycle.track.ideasNone')}</p> : null}
      <form onSubmit={(event) => void createInitiative(event)}>
        <ul className="idea-candidates">
          {(ideas ?? []).map((idea) => (
            <li key={idea.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={checked.includes(idea.id)}
                  onChange={(event) =>
                    setChecked((current) =>
                      event.target.checked
                        ? [...current, idea.id]
                        : current.filter((value) => value !== idea.id),
                    )
                  }
                />{' '}
                {idea.text}{' '}
                <span className="muted">
                  ({idea.dialogueTitle} · {t('cycle.track.dots')}: {idea.dots})
                </span>
              </label>
              {idea.initiatives.map((initiative) => (
                <span key={initiative.id} className="badge">
                  <Link to={`/staff/cartera/${initiative.id}`}>{initiative.title}</Link> ·{' '}
                  {t(`cycle.statuses.${initiative.status}`)}
                </span>
              ))}
            </li>
          ))}
        </ul>
        <fieldset>
          <legend>{t('cycle.track.newInitiative')}</legend>
          <TextInput label={t('cycle.initiative.title')} name="title" required />
          <TextArea label={t('cycle.initiative.description')} name="description" optional />
          <TextInput label={t('cycle.initiative.unit')} name="unit" required />
          <TextInput
            label={t('cycle.initiative.budget')}
            name="budget"
            type="number"
            min={0}
            step={1}
            required
          />
          <Button type="submit">{t('cycle.initiative.create')}</Button>
        </fieldset>
      </form>
    </section>
  );
}
