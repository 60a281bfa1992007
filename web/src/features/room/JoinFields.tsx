import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../app/api.js';
import { Button, Select, TextInput } from '../../ui/index.js';
import { ageBands, genders, organizationKinds, sectors } from '../dialogues/types.js';

export interface Organization {
  id: number;
  name: string;
  kind: string | null;
}

type Set<T> = Dispatch<SetStateAction<T>>;
type Shown = (key: string) => string | undefined;

/**
 * The participant's organisation: searched among the region's (after two letters), or a new one
 * with its kind; once chosen, it can be changed.
 */
export function OrganizationField({
  code,
  organization,
  setOrganization,
  otherName,
  setOtherName,
  otherKind,
  setOtherKind,
  shown,
  serverError,
}: {
  code: string;
  organization: Organization | null;
  setOrganization: Set<Organization | null>;
  otherName: string | null;
  setOtherName: Set<string | null>;
  otherKind: string;
  setOtherKind: Set<string>;
  shown: Shown;
  serverError: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [matches, setMatches] = useState<Organization[]>([]);
  useEffect(() => {
    const query = search.trim();
    if (organization || otherName !== null || query.length < 2) {
      setMatches([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      get<{ organizations: Organization[] }>(
        `/api/join/${encodeURIComponent(code)}/organizations?q=${encodeURIComponent(query)}`,
        { signal: controller.signal },
      )
        .then((body) => setMatches(body.organizations.slice(0, 6)))
        .catch(() => setMatches([]));
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [search, code, organization, otherName]);

  return organization ? (
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
        error={serverError}
      />
      <ul className="organization-matches" aria-label={t('room.organizationResults')} aria-live="polite">
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
  );
}

/** Sector (required), gender and age band (optional: «prefer not to say»). */
export function ProfileFields({
  sector,
  setSector,
  gender,
  setGender,
  ageBand,
  setAgeBand,
  shown,
}: {
  sector: string;
  setSector: Set<string>;
  gender: string;
  setGender: Set<string>;
  ageBand: string;
  setAgeBand: Set<string>;
  shown: Shown;
}) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

/** The consent to take part, and an optional e-mail with its own consent to be written back to. */
export function ContactConsent({
  consent,
  setConsent,
  email,
  setEmail,
  notify,
  setNotify,
  shown,
}: {
  consent: boolean;
  setConsent: Set<boolean>;
  email: string;
  setEmail: Set<string>;
  notify: boolean;
  setNotify: Set<boolean>;
  shown: Shown;
}) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
