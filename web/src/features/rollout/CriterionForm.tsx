import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { post } from '../../app/api.js';
import { Button, Select, TextInput } from '../../ui/index.js';
import { PlanLinkFields, type PlanLinkValue } from './PlanLink.js';

export function CriterionForm({ reload }: { reload: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('model');
  const [sourceLabel, setSourceLabel] = useState('');
  const [link, setLink] = useState<PlanLinkValue>({ planId: null, planDreamId: null, planTaskId: null });
  const action = useAction({ onDone: reload, success: t('rollout.saved') });
  return (
    <details>
      <summary>{t('rollout.evaluation.addCriterion')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action
            .run(() =>
              post('/api/rollout/criteria', {
                name,
                description,
                source,
                sourceLabel: sourceLabel || null,
                planTaskId: link.planTaskId,
                planId: link.planId,
                planDreamId: link.planDreamId,
              }),
            )
            .then((ok) => ok && setName(''));
        }}
      >
        <TextInput
          label={t('rollout.evaluation.criterionName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          error={action.fields.name}
        />
        <TextInput
          label={t('rollout.evaluation.criterionDescription')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          optional
        />
        <Select
          label={t('rollout.evaluation.source')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          options={(['model', 'dream_circle', 'other'] as const).map((value) => ({
            value,
            label: t(`rollout.evaluation.sources.${value}`),
          }))}
        />
        <TextInput
          label={t('rollout.evaluation.sourceLabel')}
          value={sourceLabel}
          onChange={(e) => setSourceLabel(e.target.value)}
          optional
        />
        <PlanLinkFields value={link} onChange={setLink} dreams errors={action.fields} />
        <Button type="submit" disabled={action.busy || !name.trim()}>
          {t('rollout.evaluation.addCriterion')}
        </Button>
        {action.feedback}
      </form>
    </details>
  );
}
