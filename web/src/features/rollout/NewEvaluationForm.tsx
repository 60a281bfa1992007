import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { post } from '../../app/api.js';
import { todayInChile } from '../../app/format.js';
import { Button, Select, TextArea, TextInput } from '../../ui/index.js';
import type { Overview } from './types.js';

export function NewEvaluationForm({ overview, reload }: { overview: Overview; reload: () => void }) {
  const { t } = useTranslation();
  const pilots = overview.pilots.map((pilot) => pilot.regionCode);
  const choices = pilots.length ? pilots : overview.regions.map((region) => region.code);
  const [regionCode, setRegionCode] = useState(choices[0] ?? '');
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(todayInChile());
  const [summary, setSummary] = useState('');
  const action = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <details>
      <summary>{t('rollout.evaluation.newEvaluation')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action
            .run(() =>
              post('/api/rollout/evaluations', {
                regionCode: regionCode || choices[0],
                title,
                heldOn,
                summary,
              }),
            )
            .then((ok) => ok && setTitle(''));
        }}
      >
        <Select
          label={t('rollout.region')}
          value={regionCode}
          onChange={(e) => setRegionCode(e.target.value)}
          options={choices.map((code) => ({
            value: code,
            label: overview.regions.find((region) => region.code === code)?.name ?? code,
          }))}
          error={action.fields.regionCode}
        />
        <TextInput
          label={t('rollout.evaluation.evaluationTitle')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          error={action.fields.title}
        />
        <TextInput
          label={t('rollout.evaluation.heldOn')}
          type="date"
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
          required
          error={action.fields.heldOn}
        />
        <TextArea
          label={t('rollout.evaluation.summary')}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          optional
        />
        <Button type="submit" disabled={action.busy || !title.trim()}>
          {t('rollout.evaluation.create')}
        </Button>
        {action.feedback}
      </form>
    </details>
  );
}
