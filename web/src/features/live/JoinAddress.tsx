import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { Alert } from '../../ui/index.js';
import type { Dialogue } from '../dialogues/types.js';

/** The cookie the server reads to pick among the laptop's addresses (src/platform/http/lan.ts). */
const lanCookie = 'minga_lan';

/**
 * Where the phones join: the address the QR codes and links use, said out loud in the console; on
 * a laptop with several networks (Wi-Fi and cable), the facilitator chooses the room's one.
 */
export function JoinAddress({ dialogue, onChange }: { dialogue: Dialogue; onChange(): void }) {
  const { t } = useTranslation();
  const where = useLoad((signal) => call(api.dialogues.joinAddresses, { signal }), []);
  const data = where.data;
  if (!data) return null;
  const shortBase = data.baseUrl.replace(/^https?:\/\//, '');
  const onLoopback = data.source === 'request' && /^(localhost|127\.|\[::1\])/.test(shortBase);
  const choose = (address: string) => {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari
    document.cookie = `${lanCookie}=${encodeURIComponent(address)}; path=/; max-age=31536000; SameSite=Lax`;
    where.reload();
    onChange();
  };
  return (
    <section className="join-address card" aria-labelledby="join-address-title">
      <h2 id="join-address-title">{t('live.joinAddress')}</h2>
      <p>
        {t('live.joinAddressIs')} <strong data-testid="join-base">{shortBase}</strong> · {t('live.joinCode')}{' '}
        <strong>{dialogue.joinCode}</strong>
      </p>
      <p className="muted">
        {data.source === 'public'
          ? t('live.joinFromPublic')
          : data.source === 'lan'
            ? t('live.joinFromLan')
            : t('live.joinFromRequest')}
      </p>
      {onLoopback ? <Alert kind="warning">{t('live.joinLoopbackOnly')}</Alert> : null}
      {data.source === 'lan' && data.addresses.length > 1 ? (
        <label className="join-address-choice">
          {t('live.joinChoose')}{' '}
          <select value={data.chosen ?? ''} onChange={(event) => choose(event.target.value)}>
            {data.addresses.map((address) => (
              <option key={address} value={address}>
                {address}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </section>
  );
}
