import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { Loading } from '../../ui/index.js';
import { FirstRun } from '../setup/FirstRun.js';
import { CodeEntry } from './CodeEntry.js';

export function PublicHome() {
  const { t } = useTranslation();
  const setup = useLoad((signal) => call(api.staff.setupNeeded, { signal }), []);
  if (setup.loading && !setup.data) return <Loading />;
  if (setup.data?.needed) return <FirstRun />;
  return (
    <section>
      <h1>{t('home.publicTitle')}</h1>
      <CodeEntry />
      <p>{t('home.publicIntro')}</p>
      <nav aria-labelledby="public-links-heading">
        <h2 id="public-links-heading">{t('home.accountability')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/cartera">{t('home.portfolio')}</Link>
          </li>
          <li>
            <Link to="/consejos">{t('home.councils')}</Link>
          </li>
          <li>
            <Link to="/datos-abiertos">{t('home.openData')}</Link>
          </li>
        </ul>
      </nav>
      <Returns />
    </section>
  );
}

/** The latest dialogues whose return is public: what became of their ideas. */
function Returns() {
  const { t } = useTranslation();
  const returns = useLoad((signal) => call(api.devolution.listReturns, { query: { limit: 6 }, signal }), []);
  const dialogues = returns.data?.dialogues ?? [];
  if (!dialogues.length) return null;
  return (
    <section aria-labelledby="returns-heading">
      <h2 id="returns-heading">{t('home.returns')}</h2>
      <ul>
        {dialogues.map((dialogue) => (
          <li key={dialogue.id}>
            <Link to={`/devolucion/dialogo/${dialogue.id}`}>{dialogue.title}</Link>{' '}
            <span className="muted">
              · {dialogue.regionName} · {formatDate(dialogue.date)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
