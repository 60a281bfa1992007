import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { fieldErrors, post } from '../../app/api.js';
import { optional, text } from '../../app/form.js';
import { Alert, Button, ErrorMessage, Select, TextArea, TextInput } from '../../ui/index.js';
import type { Council } from './CouncilPage.js';
import { statuses } from './vocabulary.js';

export function SessionForm({ council, onDone }: { council: Council; onDone: () => void }) {
  const { t } = useTranslation();
  const [agreementRows, setAgreementRows] = useState(1);
  const open = council.agreements.filter(
    (agreement) => agreement.status === 'pendiente' || agreement.status === 'en_curso',
  );
  const current = council.members.filter((member) => member.inOffice);
  const save = useAction({
    form: (form) =>
      post(`/api/councils/${council.id}/sessions`, {
        date: text(form, 'date'),
        agenda: text(form, 'agenda'),
        minutes: optional(form, 'minutes'),
        quorum: text(form, 'quorum') ? Number(text(form, 'quorum')) : undefined,
        present: form.getAll('present').map(Number),
        agreements: Array.from({ length: agreementRows }, (_, index) => ({
          text: text(form, `agreement-${index}`),
          responsible: text(form, `responsible-${index}`),
          dueDate: text(form, `due-${index}`),
        })).filter((agreement) => agreement.text),
        followUps: open
          .map((agreement) => ({ agreementId: agreement.id, status: text(form, `follow-${agreement.id}`) }))
          .filter((followUp) => followUp.status),
      }),
    onDone: () => {
      setAgreementRows(1);
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <section className="card" aria-labelledby="session-form">
      <h2 id="session-form">{t('governance.council.sessionTitle')}</h2>
      {save.done ? <Alert kind="success">{t('governance.council.sessionSaved')}</Alert> : null}
      <ErrorMessage error={save.error} />
      <form onSubmit={save.submit} noValidate>
        <TextInput
          label={t('governance.council.date')}
          name="date"
          type="date"
          required
          error={errors.date}
        />
        <TextArea
          label={t('governance.council.agenda')}
          name="agenda"
          rows={2}
          required
          error={errors.agenda}
        />
        <fieldset>
          <legend>{t('governance.council.attendance')}</legend>
          {current.map((member) => (
            <label key={member.id} className="check">
              <input type="checkbox" name="present" value={member.id} />
              {member.name} <span className="muted">({t(`governance.estate.${member.estate}`)})</span>
            </label>
          ))}
        </fieldset>
        <TextInput
          label={t('governance.council.sessionQuorum')}
          name="quorum"
          type="number"
          min={1}
          optional
          hint={t('governance.council.sessionQuorumHint', { quorum: council.rules.effectiveQuorum })}
          error={errors.quorum}
        />
        <TextArea label={t('governance.council.minutes')} name="minutes" rows={3} optional />
        <fieldset>
          <legend>{t('governance.council.newAgreements')}</legend>
          {Array.from({ length: agreementRows }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are only appended, never reordered
            <div key={index} className="grid">
              <TextInput
                label={t('governance.council.agreementText', { n: index + 1 })}
                name={`agreement-${index}`}
                error={errors[`agreements.${index}.text`]}
              />
              <TextInput
                label={t('governance.council.responsible', { n: index + 1 })}
                name={`responsible-${index}`}
                error={errors[`agreements.${index}.responsible`]}
              />
              <TextInput
                label={t('governance.council.dueDate', { n: index + 1 })}
                name={`due-${index}`}
                type="date"
                error={errors[`agreements.${index}.dueDate`]}
              />
            </div>
          ))}
          <Button variant="secondary" onClick={() => setAgreementRows((rows) => rows + 1)}>
            {t('governance.council.addAgreement')}
          </Button>
        </fieldset>
        {open.length ? (
          <fieldset>
            <legend>{t('governance.council.followUp')}</legend>
            {open.map((agreement) => (
              <Select
                key={agreement.id}
                label={t('governance.council.followUpOf', { text: agreement.text })}
                name={`follow-${agreement.id}`}
                options={[
                  {
                    value: '',
                    label: `${t('governance.council.unchanged')} (${t(`governance.status.${agreement.status}`)})`,
                  },
                  ...statuses.map((status) => ({ value: status, label: t(`governance.status.${status}`) })),
                ]}
              />
            ))}
          </fieldset>
        ) : null}
        <Button type="submit" disabled={save.busy}>
          {t('governance.council.saveSession')}
        </Button>
      </form>
    </section>
  );
}
