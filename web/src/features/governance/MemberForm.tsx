import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { fieldErrors, post } from '../../app/api.js';
import { text } from '../../app/form.js';
import { Alert, Button, ErrorMessage, Select, TextInput } from '../../ui/index.js';
import { estates } from './vocabulary.js';

export function MemberForm({ councilId, onDone }: { councilId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useAction({
    form: (form) =>
      post(`/api/councils/${councilId}/members`, {
        name: text(form, 'name'),
        estate: text(form, 'estate'),
        gender: text(form, 'gender'),
        termStart: text(form, 'termStart'),
        termEnd: text(form, 'termEnd') || null,
      }),
    onDone,
  });
  const errors = fieldErrors(save.error);
  return (
    <section className="card" aria-labelledby="member-form">
      <h2 id="member-form">{t('governance.council.addMember')}</h2>
      {save.done ? <Alert kind="success">{t('governance.council.memberAdded')}</Alert> : null}
      <ErrorMessage error={save.error} />
      <form onSubmit={save.submit} noValidate>
        <TextInput label={t('governance.council.memberName')} name="name" required error={errors.name} />
        <Select
          label={t('governance.council.estate')}
          name="estate"
          options={estates.map((estate) => ({ value: estate, label: t(`governance.estate.${estate}`) }))}
        />
        <Select
          label={t('governance.council.gender')}
          name="gender"
          options={['f', 'm', 'x'].map((gender) => ({
            value: gender,
            label: t(`governance.gender.${gender}`),
          }))}
        />
        <TextInput
          label={t('governance.council.termStart')}
          name="termStart"
          type="date"
          required
          error={errors.termStart}
        />
        <TextInput
          label={t('governance.council.termEnd')}
          name="termEnd"
          type="date"
          optional
          error={errors.termEnd}
        />
        <Button type="submit" disabled={save.busy}>
          {t('governance.council.addMember')}
        </Button>
      </form>
    </section>
  );
}
