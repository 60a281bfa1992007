import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, deviceToken, fieldErrors } from '../../app/api.js';
import { api, type BodyOf, call } from '../../app/client.js';
import { formatDate } from '../../app/format.js';
import { Alert, Button, ErrorMessage, Select, TextInput } from '../../ui/index.js';
import { ageBands, genders, type JoinInfo, organizationKinds, sectors } from '../dialogues/types.js';

interface Organization {
  id: number;
  name: string;
  kind: string | null;
}

/** Unirse: the dialogue's card, then the table, then a short form; ends with a device token. */
export function Join({
  code,
  info,
  onJoined,
}: {
  code: string;
  info: JoinInfo;
  onJoined(token: string): void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'welcome' | 'table' | 'form'>('welcome');
  const [tableId, setTableId] = useState<number | null>(info.tables.length === 1 ? info.tables[0].id : null);
  const open = info.status === 'open' || info.status === 'live';

  if (step === 'welcome') {
    return (
      <section className="phone-card" aria-labelledby="join-title">
        <h1 id="join-title">{info.title}</h1>
        <dl className="join-facts">
          <dt>{t('room.region')}</dt>
          <dd>{info.regionName}</dd>
          <dt>{t('room.date')}</dt>
          <dd>{formatDate(info.date)}</dd>
          {info.venue ? (
            <>
              <dt>{t('room.venue')}</dt>
              <dd>{info.venue}</dd>
            </>
          ) : null}
        </dl>
        {open ? (
          <Button className="btn-block" onClick={() => setStep(info.tables.length === 1 ? 'form' : 'table')}>
            {t('room.join')}
          </Button>
        ) : (
          <Alert kind="info">{info.status === 'closed' ? t('room.closedNotice') : t('room.notOpen')}</Alert>
        )}
      </section>
    );
  }

  if (step === 'table') {
    return (
      <section className="phone-card" aria-labelledby="table-title">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (tableId !== null) setStep('form');
          }}
        >
          <fieldset className="big-choices">
            <legend id="table-title">
              <h1>{t('room.pickTable')}</h1>
            </legend>
            <p className="hint">{t('room.pickTableHint')}</p>
            {info.tables.map((table) => (
              <label key={table.id} className={`big-choice ${tableId === table.id ? 'chosen' : ''}`}>
                <input
                  type="radio"
                  name="table"
                  value={table.id}
                  checked={tableId === table.id}
                  onChange={() => setTableId(table.id)}
                />
                <span>{table.name}</span>
              </label>
            ))}
          </fieldset>
          <Button type="submit" className="btn-block" disabled={tableId === null}>
            {t('room.continue')}
          </Button>
        </form>
      </section>
    );
  }

  return <JoinForm code={code} info={info} tableId={tableId ?? info.tables[0]?.id} onJoined={onJoined} />;
}

function JoinForm({
  code,
  info,
  tableId,
  onJoined,
}: {
  code: string;
  info: JoinInfo;
  tableId: number;
  onJoined(token: string): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [search, setSearch] = useState('');
  const [matches, setMatches] = useState<Organization[]>([]);
  const [organization, setOrganization] = useState<Organization | null>(null);
  const [otherName, setOtherName] = useState<string | null>(null);
  const [otherKind, setOtherKind] = useState('');
  const [sector, setSector] = useState('');
  const [gender, setGender] = useState('');
  const [ageBand, setAgeBand] = useState('');
  const [consent, setConsent] = useState(false);
  const [email, setEmail] = useState('');
  const [notify, setNotify] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const query = search.trim();
    if (organization || otherName !== null || query.length < 2) {
      setMatches([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      call(api.participants.joinOrganizations, {
        params: { code },
        query: { q: query },
        signal: controller.signal,
      })
        .then((body) => setMatches(body.organizations.slice(0, 6)))
        .catch(() => setMatches([]));
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [search, code, organization, otherName]);

  const errors: Record<string, string> = {};
  if (!sector) errors.sector = t('room.errSector');
  if (!consent) errors.consent = t('room.errConsent');
  if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = t('room.errEmail');
  if (email.trim() && !notify) errors.notifyConsent = t('room.errNotify');
  if (otherName !== null && !otherName.trim()) errors.organizationName = t('room.errOrganization');
  const server = fieldErrors(error);
  const shown = (key: string) => (submitted ? errors[key] : undefined) ?? server[key];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const result = await call(api.participants.joinDialogue, {
        params: { code },
        body: {
          tableId,
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(organization ? { organizationId: organization.id } : {}),
          ...(otherName?.trim()
            ? {
                organizationName: otherName.trim(),
                ...(otherKind
                  ? {
                      organizationKind: otherKind as BodyOf<
                        typeof api.participants.joinDialogue
                      >['organizationKind'],
                    }
                  : {}),
              }
            : {}),
          sector: sector as BodyOf<typeof api.participants.joinDialogue>['sector'],
          ...(gender ? { gender: gender as BodyOf<typeof api.participants.joinDialogue>['gender'] } : {}),
          ...(ageBand ? { ageBand: ageBand as BodyOf<typeof api.participants.joinDialogue>['ageBand'] } : {}),
          consent: true,
          ...(email.trim() ? { email: email.trim(), notifyConsent: notify } : {}),
        },
      });
      deviceToken.set(code, result.deviceToken);
      onJoined(result.deviceToken);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
    }
  }

  const table = info.tables.find((candidate) => candidate.id === tableId);
  return (
    <section className="phone-card" aria-labelledby="about-title">
      <h1 id="about-title">{t('room.aboutYou')}</h1>
      <p className="muted">
        {table ? `${table.name} · ` : ''}
        {t('room.aboutYouHint')}
      </p>
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate>
        <TextInput
          label={t('room.name')}
          optional
          autoComplete="name"
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
        />
        {organization ? (
          <div className="field">
            <p className="organization-chosen">{t('room.organizationChosen', { name: organization.name })}</p>
            <Button variant="link" onClick={() => setOrganization(null)}>
              {t('room.organizationChange')}
            </Button>
          </div>
        ) : otherName !== null ? (
          <>
            <TextInput
              label={t('room.organizationNewName')}
              value={otherName}
              maxLength={200}
              onChange={(event) => setOtherName(event.target.value)}
              error={shown('organizationName')}
            />
            <Select
              label={t('room.organizationKind')}
              optional
              value={otherKind}
              onChange={(event) => setOtherKind(event.target.value)}
              options={[
                { value: '', label: '—' },
                ...organizationKinds.map((kind) => ({ value: kind, label: t(`room.vocab.kind.${kind}`) })),
              ]}
            />
            <Button variant="link" onClick={() => setOtherName(null)}>
              {t('room.organizationChange')}
            </Button>
          </>
        ) : (
          <div className="organization-search">
            <TextInput
              label={t('room.organization')}
              hint={t('room.organizationHint')}
              optional
              type="search"
              autoComplete="organization"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              error={server.organizationId}
            />
            <ul
              className="organization-matches"
              aria-label={t('room.organizationResults')}
              aria-live="polite"
            >
              {matches.map((match) => (
                <li key={match.id}>
                  <Button variant="secondary" className="btn-block" onClick={() => setOrganization(match)}>
                    {match.name}
                  </Button>
                </li>
              ))}
              <li>
                <Button variant="secondary" className="btn-block" onClick={() => setOtherName(search.trim())}>
                  {search.trim()
                    ? t('room.organizationOther', { name: search.trim() })
                    : t('room.organizationOtherEmpty')}
                </Button>
              </li>
            </ul>
          </div>
        )}
        <Select
          label={t('room.sector')}
          value={sector}
          required
          onChange={(event) => setSector(event.target.value)}
          error={shown('sector')}
          options={[
            { value: '', label: t('room.chooseSector') },
            ...sectors.map((value) => ({ value, label: t(`room.vocab.sector.${value}`) })),
          ]}
        />
        <Select
          label={t('room.gender')}
          optional
          value={gender}
          onChange={(event) => setGender(event.target.value)}
          options={[
            { value: '', label: t('room.preferNot') },
            ...genders.map((value) => ({ value, label: t(`room.vocab.gender.${value}`) })),
          ]}
        />
        <Select
          label={t('room.ageBand')}
          optional
          value={ageBand}
          onChange={(event) => setAgeBand(event.target.value)}
          options={[
            { value: '', label: t('room.preferNot') },
            ...ageBands.map((value) => ({ value, label: t(`room.vocab.ageBand.${value}`) })),
          ]}
        />
        <fieldset className={shown('consent') ? 'field-invalid' : ''}>
          <legend>{t('room.consentLegend')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={consent}
              onChange={(event) => setConsent(event.target.checked)}
              aria-invalid={shown('consent') ? true : undefined}
              aria-describedby={shown('consent') ? 'consent-error' : undefined}
            />
            <span>{t('room.consent')}</span>
          </label>
          {shown('consent') ? (
            <p id="consent-error" className="field-error" role="alert">
              ⚠ {shown('consent')}
            </p>
          ) : null}
        </fieldset>
        <TextInput
          label={t('room.email')}
          hint={t('room.emailHint')}
          optional
          type="email"
          autoComplete="email"
          value={email}
          maxLength={254}
          onChange={(event) => setEmail(event.target.value)}
          error={shown('email')}
        />
        {email.trim() ? (
          <div className={shown('notifyConsent') ? 'field-invalid' : ''}>
            <label className="check">
              <input
                type="checkbox"
                checked={notify}
                onChange={(event) => setNotify(event.target.checked)}
                aria-describedby={shown('notifyConsent') ? 'notify-error' : undefined}
              />
              <span>{t('room.notifyConsent')}</span>
            </label>
            {shown('notifyConsent') ? (
              <p id="notify-error" className="field-error" role="alert">
                ⚠ {shown('notifyConsent')}
              </p>
            ) : null}
          </div>
        ) : null}
        <Button type="submit" className="btn-block" disabled={busy}>
          {t('room.enter')}
        </Button>
      </form>
    </section>
  );
}
