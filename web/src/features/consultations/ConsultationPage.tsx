import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call, href } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, TextInput } from '../../ui/index.js';
import { groupColours, OpinionMap } from './OpinionMap.js';

const percent = (share: number) => Math.round(share * 100);

/** One consultation: its link, the map and cards of the opinion groups, consensus, division, statements and moderation. */
export function ConsultationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useLoad(
    (signal) => call(api.consultations.getConsultation, { params: { id }, signal }),
    [id],
  );
  const groups = useLoad((signal) => call(api.consultations.opinionGroups, { params: { id }, signal }), [id]);
  const [error, setError] = useState<ApiError | null>(null);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [taken, setTaken] = useState<number | null>(null);

  async function act(work: () => Promise<unknown>) {
    try {
      await work();
      setError(null);
      detail.reload();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  }

  if (!detail.data) return detail.error ? <ErrorMessage error={detail.error} /> : <Loading />;
  const consultation = detail.data;
  const joinUrl = `${window.location.origin}${consultation.joinPath}`;
  const pending = consultation.statements.filter((statement) => statement.status === 'pending');
  const result = groups.data;
  return (
    <>
      <PageHeader
        title={consultation.question}
        actions={
          <a
            className="btn btn-secondary"
            href={href(api.consultations.exportVotes, { params: { id: consultation.id } })}
          >
            {t('consultations.detail.export')}
          </a>
        }
      >
        <div className="consult-qr">
          <img
            src={href(api.consultations.qr, { params: { id: consultation.id } })}
            alt={t('consultations.detail.qrAlt')}
            width={192}
            height={192}
          />
          <div>
            <p>
              {t('consultations.detail.link')}: <a href={consultation.joinPath}>{joinUrl}</a>
            </p>
            <p>
              <a
                href={href(api.consultations.qr, { params: { id: consultation.id } })}
                target="_blank"
                rel="noreferrer"
              >
                {t('consultations.detail.qrOpen')}
              </a>
            </p>
          </div>
        </div>
      </PageHeader>
      <ErrorMessage error={error} />

      <section aria-labelledby="consult-groups">
        <h2 id="consult-groups">{t('consultations.detail.groupsTitle')}</h2>
        <p>{t('consultations.detail.groupsIntro')}</p>
        {groups.loading && !result ? <Loading /> : null}
        <ErrorMessage error={groups.error} />
        {result && result.groups.length < 2 ? <Alert>{t('consultations.detail.noGroups')}</Alert> : null}
        {result && result.groups.length >= 2 ? (
          <>
            <p className="muted">
              {t('consultations.detail.grouped', {
                grouped: result.grouped,
                participants: result.participants,
                votes: result.votes.toLocaleString('es-CL'),
              })}
            </p>
            <OpinionMap points={result.points} centres={result.groups.map((group) => group.centre)} />
            <div className="consult-groups">
              {result.groups.map((group) => (
                <article
                  key={group.id}
                  className="consult-group"
                  style={
                    { '--group-colour': groupColours[group.id % groupColours.length] } as React.CSSProperties
                  }
                >
                  <h3>
                    {t('consultations.detail.group', { n: group.id + 1 })} ·{' '}
                    {t('consultations.detail.people', { count: group.size })}
                  </h3>
                  <ul>
                    {group.representative.map((item) => (
                      <li key={item.statementId}>
                        {t(
                          item.direction === 'agree'
                            ? 'consultations.detail.agreeLine'
                            : 'consultations.detail.disagreeLine',
                          {
                            share: percent(item.groupShare),
                            rest: percent(item.restShare),
                            text: item.text,
                          },
                        )}
                        {item.significant ? '' : ` ${t('consultations.detail.weak')}`}
                      </li>
                    ))}
                  </ul>
                </article>
              ))}
            </div>
            <h3>{t('consultations.detail.consensus')}</h3>
            {result.consensus.length ? (
              <ul>
                {result.consensus.map((item) => (
                  <li key={`${item.statementId}-${item.direction}`}>
                    {t(
                      item.direction === 'agree'
                        ? 'consultations.detail.consensusAgree'
                        : 'consultations.detail.consensusDisagree',
                      { text: item.text },
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('consultations.detail.none')}</p>
            )}
            <h3>{t('consultations.detail.divisive')}</h3>
            {result.divisive.length ? (
              <ul>
                {result.divisive.map((item) => (
                  <li key={item.statementId}>
                    {t('consultations.detail.divisiveLine', { text: item.text })}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('consultations.detail.none')}</p>
            )}
          </>
        ) : null}
      </section>

      <section aria-labelledby="consult-moderation">
        <h2 id="consult-moderation">{t('consultations.detail.moderation')}</h2>
        {pending.length === 0 ? <p>{t('consultations.detail.noPending')}</p> : null}
        {pending.map((statement) => (
          <div key={statement.id} className="stack">
            <p>«{statement.text}»</p>
            <TextInput
              label={t('consultations.detail.reason')}
              value={reasons[statement.id] ?? ''}
              onChange={(event) => setReasons({ ...reasons, [statement.id]: event.target.value })}
            />
            <div className="page-actions">
              <Button
                onClick={() =>
                  act(() =>
                    call(api.consultations.moderateStatement, {
                      params: { id: consultation.id, statementId: statement.id },
                      body: { decision: 'show' },
                    }),
                  )
                }
              >
                {t('consultations.detail.show')}
              </Button>
              <Button
                variant="danger"
                onClick={() =>
                  act(() =>
                    call(api.consultations.moderateStatement, {
                      params: { id: consultation.id, statementId: statement.id },
                      body: { decision: 'reject', reason: reasons[statement.id] },
                    }),
                  )
                }
              >
                {t('consultations.detail.reject')}
              </Button>
            </div>
          </div>
        ))}
      </section>

      <section aria-labelledby="consult-statements">
        <h2 id="consult-statements">{t('consultations.detail.statements')}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('consultations.detail.statement')}</th>
              <th scope="col">{t('consultations.detail.counts')}</th>
            </tr>
          </thead>
          <tbody>
            {consultation.statements.map((statement) => (
              <tr key={statement.id}>
                <td>
                  {statement.text}
                  <br />
                  <span className="muted">
                    {t(`consultations.detail.origin.${statement.origin}`)} ·{' '}
                    {t(`consultations.detail.status.${statement.status}`)}
                    {statement.moderationReason ? ` · ${statement.moderationReason}` : ''}
                  </span>
                </td>
                <td>
                  {statement.agree} / {statement.disagree} / {statement.pass}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const text = String(new FormData(form).get('text') ?? '');
            void act(async () => {
              await call(api.consultations.addStatement, { params: { id: consultation.id }, body: { text } });
              form.reset();
            });
          }}
        >
          <TextInput label={t('consultations.detail.newStatement')} name="text" maxLength={280} required />
          <Button type="submit">{t('consultations.detail.add')}</Button>
        </form>
      </section>

      <section aria-labelledby="consult-take">
        <h2 id="consult-take">{t('consultations.material.take')}</h2>
        {taken ? <Alert kind="success">{t('consultations.material.taken', { id: taken })}</Alert> : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const dialogueId = Number(new FormData(event.currentTarget).get('dialogueId'));
            void act(async () => {
              await call(api.consultations.linkDialogue, {
                params: { id: consultation.id },
                body: { dialogueId },
              });
              setTaken(dialogueId);
            });
          }}
        >
          <TextInput
            label={t('consultations.material.dialogue')}
            name="dialogueId"
            type="number"
            min={1}
            required
          />
          <Button type="submit" variant="secondary">
            {t('consultations.material.take')}
          </Button>
        </form>
      </section>
    </>
  );
}
