import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, deviceToken, fieldErrors } from '../../app/api.js';
import { api, type BodyOf, call } from '../../app/client.js';
import { Button, ErrorMessage, TextInput } from '../../ui/index.js';
import type { JoinInfo } from '../dialogues/types.js';
import { ContactConsent, type Organization, OrganizationField, ProfileFields } from './JoinFields.js';

/** About you: name, organisation, sector and optional profile, consent, and an e-mail for the devolution. */
export function JoinForm({
  code,
  info,
  tableId,
  verificationTicket,
  onJoined,
}: {
  code: string;
  info: JoinInfo;
  tableId: number;
  /** The one-time ticket of a verification at the identity provider, where the dialogue asks for one. */
  verificationTicket?: string;
  onJoined(token: string): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
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
          ...(verificationTicket ? { verificationTicket } : {}),
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
        <OrganizationField
          code={code}
          organization={organization}
          setOrganization={setOrganization}
          otherName={otherName}
          setOtherName={setOtherName}
          otherKind={otherKind}
          setOtherKind={setOtherKind}
          shown={shown}
          serverError={server.organizationId}
        />
        <ProfileFields
          sector={sector}
          setSector={setSector}
          gender={gender}
          setGender={setGender}
          ageBand={ageBand}
          setAgeBand={setAgeBand}
          shown={shown}
        />
        <ContactConsent
          consent={consent}
          setConsent={setConsent}
          email={email}
          setEmail={setEmail}
          notify={notify}
          setNotify={setNotify}
          shown={shown}
        />
        <Button type="submit" className="btn-block" disabled={busy}>
          {t('room.enter')}
        </Button>
      </form>
    </section>
  );
}
