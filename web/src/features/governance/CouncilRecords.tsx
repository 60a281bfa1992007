import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.js';
import type { Council } from './CouncilPage.js';

/** The council's members with their estate, gender and term. */
export function MembersTable({ council: data }: { council: Council }) {
  const { t } = useTranslation();
  return (
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
  );
}

/** The agreements, whether overdue, and how each session followed them up. */
export function AgreementsTable({ council: data }: { council: Council }) {
  const { t } = useTranslation();
  const sessionDate = (sessionId: number | null) =>
    data.sessions.find((session) => session.id === sessionId)?.date;
  return (
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
  );
}

/** The sessions held, with quorum, agenda and minutes. */
export function SessionList({ council: data }: { council: Council }) {
  const { t } = useTranslation();
  return (
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
  );
}
