import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { ErrorMessage } from '../../ui/index.js';
import { ConfirmButton } from '../../ui/Modal.js';

/**
 * On a dialogue's page: the online consultations taken to it, with what unites their opinion
 * groups and what divides them, as material to open the conversation. Nothing when none is linked.
 */
export function ChallengeMaterial({ dialogueId }: { dialogueId: number }) {
  const { t } = useTranslation();
  const material = useLoad(
    (signal) => call(api.consultations.dialogueMaterial, { params: { id: dialogueId }, signal }),
    [dialogueId],
  );
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  // Staff who may take a consultation to the dialogue may remove it (else the server's 403 shows).
  async function remove(consultationId: number) {
    setRemoveError(null);
    try {
      await call(api.consultations.unlinkDialogue, { params: { id: consultationId, dialogueId } });
      material.reload();
    } catch (error) {
      setRemoveError(error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)));
    }
  }
  if (material.error) return <ErrorMessage error={material.error} />;
  const consultations = material.data?.consultations ?? [];
  if (consultations.length === 0) return null;
  return (
    <section aria-labelledby="challenge-heading" className="consult-material">
      <h2 id="challenge-heading">{t('consultations.material.title')}</h2>
      <p>{t('consultations.material.intro')}</p>
      {removeError ? <ErrorMessage error={removeError} /> : null}
      {consultations.map((item) => (
        <article key={item.id}>
          <h3>
            <Link to={`/staff/consultas/${item.id}`}>{item.question}</Link>
          </h3>
          <p className="muted">
            {t('consultations.material.counts', {
              participants: item.participants.toLocaleString('es-CL'),
              statements: item.statements.toLocaleString('es-CL'),
              votes: item.votes.toLocaleString('es-CL'),
            })}
          </p>
          <ConfirmButton
            variant="secondary"
            label={t('consultations.material.remove')}
            title={t('consultations.material.remove')}
            message={t('consultations.material.removeMessage', { question: item.question })}
            onConfirm={() => remove(item.id)}
          />
          <h4>{t('consultations.detail.consensus')}</h4>
          {item.consensus.length ? (
            <ul>
              {item.consensus.map((entry) => (
                <li key={entry.statementId}>
                  {t(
                    entry.direction === 'agree'
                      ? 'consultations.detail.consensusAgree'
                      : 'consultations.detail.consensusDisagree',
                    { text: entry.text },
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('consultations.detail.none')}</p>
          )}
          <h4>{t('consultations.detail.divisive')}</h4>
          {item.divisive.length ? (
            <ul>
              {item.divisive.map((entry) => (
                <li key={entry.statementId}>
                  {t('consultations.detail.divisiveLine', { text: entry.text })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('consultations.detail.none')}</p>
          )}
        </article>
      ))}
    </section>
  );
}
