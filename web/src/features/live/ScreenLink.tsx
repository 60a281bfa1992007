import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { Button, ErrorMessage } from '../../ui/index.js';
import { ConfirmButton } from '../../ui/Modal.js';
import type { Dialogue } from '../dialogues/types.js';

/** A key in groups of four, easier to type on the venue's PC (dashes are ignored when typed). */
const grouped = (key: string) => key.match(/.{1,4}/g)?.join('-') ?? key;

/**
 * The projector's own link: opened on the venue's PC without signing in there, read-only; a new
 * link or a revocation stops the old one at once.
 */
export function ScreenLink({ dialogue }: { dialogue: Dialogue }) {
  const { t } = useTranslation();
  const link = useLoad(
    (signal) => call(api.screen.link, { params: { id: dialogue.id }, signal }),
    [dialogue.id],
  );
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } finally {
      link.reload();
    }
  };
  const renew = () =>
    run(async () => link.setData(await call(api.screen.renewLink, { params: { id: dialogue.id } })));
  const data = link.data;
  const url = data?.url && data.key ? data.url.replace(data.key, grouped(data.key)) : null;
  return (
    <section className="screen-link card" aria-labelledby="screen-link-title">
      <h2 id="screen-link-title">{t('live.screenLink')}</h2>
      <p className="muted">{t('live.screenLinkHint')}</p>
      {link.error && !(link.error instanceof ApiError && link.error.status === 404) ? (
        <ErrorMessage error={link.error} />
      ) : null}
      {url ? (
        <>
          <p>
            <a href={url} target="_blank" rel="noopener" data-testid="screen-link">
              {url.replace(/^https?:\/\//, '')}
            </a>
          </p>
          <div className="phase-actions">
            <Button variant="secondary" onClick={() => void navigator.clipboard?.writeText(url)}>
              {t('live.screenLinkCopy')}
            </Button>
            <ConfirmButton
              label={t('live.screenLinkRenew')}
              title={t('live.screenLinkRenew')}
              message={t('live.screenLinkRenewMessage')}
              variant="secondary"
              onConfirm={renew}
            />
            <ConfirmButton
              label={t('live.screenLinkRevoke')}
              title={t('live.screenLinkRevoke')}
              message={t('live.screenLinkRevokeMessage')}
              variant="danger"
              onConfirm={() => run(() => call(api.screen.revokeLink, { params: { id: dialogue.id } }))}
            />
          </div>
        </>
      ) : data ? (
        <Button variant="secondary" onClick={() => void renew()}>
          {t('live.screenLinkCreate')}
        </Button>
      ) : null}
    </section>
  );
}
