import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, href } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { Alert, Button } from '../../ui/index.js';
import type { JoinInfo } from '../dialogues/types.js';
import { JoinForm } from './JoinForm.js';

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
  const verification = useLoad(() => call(api.identity.verificationInfo, { params: { code } }), [code]);
  const query = new URLSearchParams(window.location.search);
  const ticket = query.get('verified') ?? undefined;
  const verificationError = query.get('verification');
  const mustVerify = verification.data?.required === true && !ticket;

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
        {verification.data?.required && (
          <Alert kind="info">{t('room.verifyNotice', { provider: verification.data.provider })}</Alert>
        )}
        {verificationError && (
          <Alert kind="error">
            {t(`room.verifyErrors.${verificationError}`, { defaultValue: t('room.verifyErrors.other') })}
          </Alert>
        )}
        {ticket && <Alert kind="success">{t('room.verified')}</Alert>}
        {open && mustVerify ? (
          <a
            className="btn btn-primary btn-block"
            href={href(api.identity.startVerification, { params: { code } })}
          >
            {t('room.verifyButton', { provider: verification.data?.provider })}
          </a>
        ) : open ? (
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

  return (
    <JoinForm
      code={code}
      info={info}
      tableId={tableId ?? info.tables[0]?.id}
      verificationTicket={ticket}
      onJoined={onJoined}
    />
  );
}
