import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
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
    </section>
  );
}
