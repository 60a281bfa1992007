import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../app/client.js';
import { useLoad, useRegions } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { ErrorMessage, Loading, Select } from '../../ui/index.js';

/** The published regional councils, by region (the region in the URL: /consejos?region=CL-BI). */
export function PublicCouncilsPage() {
  const { t } = useTranslation();
  const regions = useRegions();
  const [params, setParams] = useSearchParams();
  const region = regions.some((candidate) => candidate.code === params.get('region'))
    ? (params.get('region') ?? undefined)
    : undefined;
  const loaded = useLoad(
    (signal) => call(api.councils.publicCouncils, { query: { region }, signal }),
    [region],
  );
  return (
    <article>
      <h1>{t('governance.public.title')}</h1>
      <p>{t('governance.public.intro')}</p>
      <div className="toolbar">
        <Select
          label={t('governance.public.region')}
          value={region ?? ''}
          options={[
            { value: '', label: t('governance.public.allRegions') },
            ...regions.map((candidate) => ({ value: candidate.code, label: candidate.name })),
          ]}
          onChange={(event) => setParams(event.target.value ? { region: event.target.value } : {})}
        />
      </div>
      {!loaded.data ? loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} /> : null}
      {loaded.data && loaded.data.councils.length === 0 ? <p>{t('governance.public.none')}</p> : null}
      <ul>
        {(loaded.data?.councils ?? []).map((council) => (
          <li key={council.id}>
            <Link to={`/consejos/${council.id}`}>{council.name}</Link>{' '}
            <span className="muted">· {council.regionName}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** A published council: members in office by estate, sessions with their minutes, agreements followed up. */
export function PublicCouncilPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const loaded = useLoad((signal) => call(api.councils.publicCouncil, { params: { id }, signal }), [id]);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} />;
  const council = loaded.data;
  return (
    <article>
      <p>
        <Link to={`/consejos?region=${council.regionCode}`}>← {t('governance.public.back')}</Link>
      </p>
      <h1>{council.name}</h1>
      <p className="muted">
        {council.regionName} · {t('governance.public.since', { date: formatDate(council.establishedOn) })}
      </p>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('governance.public.members')}</h2>
        {council.estates.length === 0 ? <p className="muted">{t('governance.public.noMembers')}</p> : null}
        {council.estates.map((group) => (
          <div key={group.estate}>
            <h3>{t(`governance.estate.${group.estate}`)}</h3>
            <ul>
              {group.members.map((member) => (
                <li key={`${member.name}-${member.termStart}`}>{member.name}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading">{t('governance.public.agreements')}</h2>
        {council.agreements.length === 0 ? (
          <p className="muted">{t('governance.public.noAgreements')}</p>
        ) : null}
        {council.agreements.map((agreement) => (
          <div className="card" key={agreement.id}>
            <p>
              <span className="badge">{t(`governance.status.${agreement.status}`)}</span> {agreement.text}
            </p>
            <p className="muted">
              {t('governance.public.responsible', {
                who: agreement.responsible,
                date: formatDate(agreement.dueDate),
              })}
              {agreement.overdue ? ` · ${t('governance.public.overdue')}` : ''}
            </p>
            {agreement.followUps.length ? (
              <ul>
                {agreement.followUps.map((followUp) => (
                  <li key={`${followUp.on}-${followUp.status}-${followUp.note ?? ''}`}>
                    {formatDate(followUp.on)}: {t(`governance.status.${followUp.status}`)}
                    {followUp.note ? ` — ${followUp.note}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('governance.public.sessions')}</h2>
        {council.sessions.length === 0 ? <p className="muted">{t('governance.public.noSessions')}</p> : null}
        {council.sessions.map((session) => (
          <div className="card" key={session.id}>
            <h3>{t('governance.public.session', { date: formatDate(session.date) })}</h3>
            <p>{session.agenda}</p>
            <p className="muted">
              {t(session.quorumMet ? 'governance.public.quorumMet' : 'governance.public.quorumNotMet', {
                present: session.present,
                quorum: session.quorum,
              })}
            </p>
            {session.minutes ? (
              <>
                <h4>{t('governance.public.minutes')}</h4>
                <p className="agenda">{session.minutes}</p>
              </>
            ) : null}
          </div>
        ))}
      </section>
    </article>
  );
}
