import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { fieldErrors, put } from '../../app/api.js';
import { text } from '../../app/form.js';
import { Alert, Button, ErrorMessage, TextInput } from '../../ui/index.js';
import type { Council } from './CouncilPage.js';
import { estates } from './vocabulary.js';

export function RulesForm({ council, onDone }: { council: Council; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useAction({
    form: (form) =>
      put(`/api/councils/${council.id}/rules`, {
        quorum: text(form, 'quorum') ? Number(text(form, 'quorum')) : null,
        maxGenderShare: Number(form.get('maxGenderShare')) || 60,
        minimums: Object.fromEntries(
          estates.map((estate) => [estate, Number(form.get(`min-${estate}`)) || 0]),
        ),
      }),
    onDone,
  });
  const errors = fieldErrors(save.error);
  return (
    <details className="card">
      <summary>{t('governance.council.rules')}</summary>
      {save.done ? <Alert kind="success">{t('governance.council.rulesSaved')}</Alert> : null}
      <ErrorMessage error={save.error} />
      <form onSubmit={save.submit} noValidate key={JSON.stringify(council.rules)}>
        <TextInput
          label={t('governance.council.quorum')}
          name="quorum"
          type="number"
          min={1}
          optional
          defaultValue={council.rules.quorum ?? ''}
          hint={t('governance.council.quorumHint', { quorum: council.rules.effectiveQuorum })}
          error={errors.quorum}
        />
        <TextInput
          label={t('governance.councils.maxGenderShare')}
          name="maxGenderShare"
          type="number"
          min={34}
          max={100}
          defaultValue={council.rules.maxGenderShare}
        />
        <div className="grid">
          {estates.map((estate) => (
            <TextInput
              key={estate}
              label={t('governance.council.minimum', { estate: t(`governance.estate.${estate}`) })}
              name={`min-${estate}`}
              type="number"
              min={0}
              defaultValue={council.rules.minimums[estate] ?? 0}
            />
          ))}
        </div>
        <Button type="submit" variant="secondary" disabled={save.busy}>
          {t('governance.council.saveRules')}
        </Button>
      </form>
    </details>
  );
}
