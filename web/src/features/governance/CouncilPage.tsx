import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAction } from '../../app/action.js';
import { api, call, type ResponseOf } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { useCanManage, useRegionName } from '../../app/regions.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { AgreementsTable, MembersTable, SessionList } from './CouncilRecords.js';
import { MemberForm } from './MemberForm.js';
import { RulesForm } from './RulesForm.js';
import { SessionForm } from './SessionForm.js';

type Warning = Council['warnings'][number];

export type Council = ResponseOf<typeof api.councils.getCouncil>;

function WarningText({ warning }: { warning: Warning }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`governance.council.warning.${warning.kind}`, {
        ...warning,
        estate: 'estate' in warning ? t(`governance.estate.${warning.estate}`) : '',
        gender: 'gender' in warning ? t(`governance.gender.${warning.gender}`) : '',
      })}
    </>
  );
}

/** Whether the council's public page exists, and the switch for the managers of its region. */
function Publication({ council, editable, onDone }: { council: Council; editable: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const { error, run } = useAction({ onDone });
  return (
    <section className="card" aria-labelledby="publication-heading">
      <h2 id="publication-heading">{t('governance.publication.title')}</h2>
      <p>
        {council.publishedAt
          ? t('governance.publication.published', { date: formatDate(council.publishedAt.slice(0, 10)) })
          : t('governance.publication.notPublished')}{' '}
        {council.publishedAt ? (
          <Link to={`/consejos/${council.id}`}>{t('governance.publication.view')}</Link>
        ) : null}
      </p>
      <p className="muted">{t('governance.publication.hint')}</p>
      <ErrorMessage error={error} />
      {editable ? (
        <Button
          variant={council.publishedAt ? 'secondary' : 'primary'}
          onClick={() =>
            void run(() =>
              call(api.councils.publishCouncil, {
                params: { id: council.id },
                body: { published: !council.publishedAt },
              }),
            )
          }
        >
          {council.publishedAt ? t('governance.publication.unpublish') : t('governance.publication.publish')}
        </Button>
      ) : null}
    </section>
  );
}

/** One council: composition and its warnings, members, sessions with quorum, agreements followed up. */
export function CouncilPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const regionName = useRegionName();
  const canManage = useCanManage();
  const council = useLoad((signal) => call(api.councils.getCouncil, { params: { id }, signal }), [id]);
  if (council.error) return <ErrorMessage error={council.error} />;
  if (!council.data) return <Loading />;
  const data = council.data;
  const editable = canManage(data.regionCode);
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
            <Alert
              key={`${warning.kind}-${'estate' in warning ? warning.estate : 'gender' in warning ? warning.gender : ''}`}
              kind="warning"
            >
              <WarningText warning={warning} />
            </Alert>
          ))
        ) : (
          <Alert kind="success">{t('governance.council.noWarnings')}</Alert>
        )}
      </section>
      <Publication council={data} editable={editable} onDone={council.reload} />
      {editable ? <RulesForm council={data} onDone={council.reload} /> : null}

      <MembersTable council={data} />

      <AgreementsTable council={data} />

      <SessionList council={data} />

      {editable ? (
        <div className="grid grid-wide">
          <SessionForm council={data} onDone={council.reload} />
          <MemberForm councilId={data.id} onDone={council.reload} />
        </div>
      ) : null}
    </>
  );
}
