import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAction } from '../../app/action.js';
import { fieldErrors, get, post, put } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { optional, text } from '../../app/form.js';
import { formatDate } from '../../app/format.js';
import { useCanManage, useRegionName } from '../../app/regions.js';
import {
  Alert,
  Button,
  ErrorMessage,
  Loading,
  PageHeader,
  Select,
  TextArea,
  TextInput,
} from '../../ui/index.js';

const estates = [
  'trabajadores_ocupados',
  'trabajadores_desocupados',
  'empleadores',
  'sociedad_civil',
  'organismos_capacitacion',
  'sector_publico',
];
const statuses = ['pendiente', 'en_curso', 'cumplido', 'descartado'];

interface Warning {
  kind: string;
  estate?: string;
  gender?: string;
  seats?: number;
  minimum?: number;
  share?: number;
  maximum?: number;
  quorum?: number;
  members?: number;
}
interface Council {
  id: number;
  regionCode: string;
  name: string;
  establishedOn: string;
  deviceKey: string | null;
  rules: {
    quorum: number | null;
    effectiveQuorum: number;
    maxGenderShare: number;
    minimums: Record<string, number>;
  };
  members: Array<{
    id: number;
    name: string;
    estate: string;
    gender: string;
    termStart: string;
    termEnd: string | null;
    inOffice: boolean;
  }>;
  warnings: Warning[];
  sessions: Array<{
    id: number;
    date: string;
    agenda: string;
    minutes: string | null;
    members: number;
    quorum: number;
    present: number;
    quorumMet: boolean;
    attendees: number[];
  }>;
  agreements: Array<{
    id: number;
    sessionId: number | null;
    text: string;
    responsible: string;
    dueDate: string;
    status: string;
    overdue: boolean;
    followUps: Array<{ sessionId: number | null; status: string; note: string | null; at: string }>;
  }>;
}

function WarningText({ warning }: { warning: Warning }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`governance.council.warning.${warning.kind}`, {
        ...warning,
        estate: warning.estate ? t(`governance.estate.${warning.estate}`) : '',
        gender: warning.gender ? t(`governance.gender.${warning.gender}`) : '',
      })}
    </>
  );
}

function SessionForm({ council, onDone }: { council: Council; onDone: () => void }) {
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

function MemberForm({ councilId, onDone }: { councilId: number; onDone: () => void }) {
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

function RulesForm({ council, onDone }: { council: Council; onDone: () => void }) {
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

/** One council: composition and its warnings, members, sessions with quorum, agreements followed up. */
export function CouncilPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const regionName = useRegionName();
  const canManage = useCanManage();
  const council = useLoad((signal) => get<Council>(`/api/councils/${id}`, { signal }), [id]);
  if (council.error) return <ErrorMessage error={council.error} />;
  if (!council.data) return <Loading />;
  const data = council.data;
  const editable = canManage(data.regionCode);
  const sessionDate = (sessionId: number | null) =>
    data.sessions.find((session) => session.id === sessionId)?.date;
  return (
    <>
      <PageHeader title={data.name}>
        <p className="muted">
          {regionName(data.regionCode)} · {formatDate(data.establishedOn)}
          {data.deviceKey ? (
            <>
              {' · '}
              <Link to="/staff/modelo/dispositivos">{t('governance.council.device')}</Link>
            </>
          ) : null}
        </p>
      </PageHeader>
      <section aria-labelledby="warnings">
        <h2 id="warnings">{t('governance.council.warnings')}</h2>
        {data.warnings.length ? (
          data.warnings.map((warning) => (
            <Alert key={`${warning.kind}-${warning.estate ?? warning.gender ?? ''}`} kind="warning">
              <WarningText warning={warning} />
            </Alert>
          ))
        ) : (
          <Alert kind="success">{t('governance.council.noWarnings')}</Alert>
        )}
      </section>
      {editable ? <RulesForm council={data} onDone={council.reload} /> : null}

      <section aria-labelledby="members">
        <h2 id="members">{t('governance.council.membersTitle')}</h2>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('governance.council.membersTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('governance.council.memberName')}</th>
                <th scope="col">{t('governance.council.estate')}</th>
                <th scope="col">{t('governance.council.gender')}</th>
                <th scope="col">{t('governance.council.termStart')}</th>
                <th scope="col">{t('governance.council.termEnd')}</th>
                <th scope="col">{t('common.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.members.map((member) => (
                <tr key={member.id}>
                  <td>{member.name}</td>
                  <td>{t(`governance.estate.${member.estate}`)}</td>
                  <td>{t(`governance.gender.${member.gender}`)}</td>
                  <td>{formatDate(member.termStart)}</td>
                  <td>{member.termEnd ? formatDate(member.termEnd) : t('listening.none')}</td>
                  <td>
                    {member.inOffice
                      ? `✓ ${t('governance.council.inOffice')}`
                      : t('governance.council.outOfOffice')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="agreements">
        <h2 id="agreements">{t('governance.council.agreements')}</h2>
        {!data.agreements.length ? <p>{t('governance.council.noAgreements')}</p> : null}
        {data.agreements.length ? (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('governance.council.agreements')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('governance.council.agreement')}</th>
                  <th scope="col">{t('governance.council.responsibleColumn')}</th>
                  <th scope="col">{t('governance.council.dueColumn')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">{t('governance.council.followUp')}</th>
                </tr>
              </thead>
              <tbody>
                {data.agreements.map((agreement) => (
                  <tr key={agreement.id}>
                    <td>
                      {agreement.text}
                      {agreement.sessionId ? (
                        <div className="muted">
                          {t('governance.council.fromSession', {
                            date: formatDate(sessionDate(agreement.sessionId)),
                          })}
                        </div>
                      ) : null}
                    </td>
                    <td>{agreement.responsible}</td>
                    <td>{formatDate(agreement.dueDate)}</td>
                    <td>
                      {t(`governance.status.${agreement.status}`)}{' '}
                      {agreement.overdue ? (
                        <span className="badge badge-danger">! {t('governance.council.overdue')}</span>
                      ) : null}
                    </td>
                    <td>
                      {agreement.followUps.map((followUp) => (
                        <div key={followUp.at}>
                          {followUp.sessionId
                            ? formatDate(sessionDate(followUp.sessionId))
                            : formatDate(followUp.at)}
                          : {t(`governance.status.${followUp.status}`)}
                          {followUp.note ? ` — ${followUp.note}` : ''}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="sessions">
        <h2 id="sessions">{t('governance.council.sessions')}</h2>
        {!data.sessions.length ? <p>{t('governance.council.noSessions')}</p> : null}
        {data.sessions.map((session) => (
          <article key={session.id} className="card">
            <h3>
              {formatDate(session.date)}{' '}
              {session.quorumMet ? (
                <span className="badge badge-success">✓ {t('governance.council.quorumMet')}</span>
              ) : (
                <span className="badge badge-danger">✗ {t('governance.council.quorumNotMet')}</span>
              )}
            </h3>
            <p className="muted">
              {t('governance.council.presentOf', {
                present: session.present,
                members: session.members,
                quorum: session.quorum,
              })}
            </p>
            <p>
              <strong>{t('governance.council.agenda')}:</strong> {session.agenda}
            </p>
            {session.minutes ? (
              <p>
                <strong>{t('governance.council.minutes')}:</strong> {session.minutes}
              </p>
            ) : null}
          </article>
        ))}
      </section>

      {editable ? (
        <div className="grid grid-wide">
          <SessionForm council={data} onDone={council.reload} />
          <MemberForm councilId={data.id} onDone={council.reload} />
        </div>
      ) : null}
    </>
  );
}
