import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { get } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { useCanManage, useRegionName } from '../../app/regions.js';
import { Alert, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { AgreementsTable, MembersTable, SessionList } from './CouncilRecords.js';
import { MemberForm } from './MemberForm.js';
import { RulesForm } from './RulesForm.js';
import { SessionForm } from './SessionForm.js';

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

export interface Council {
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
