import { useTranslation } from 'react-i18next';
import { api, call, href } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate, formatInteger } from '../../app/format.js';
import { ErrorMessage, Loading, PageHeader } from '../../ui/index.js';

/** Public page: the published dialogues and their pseudonymised data package. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const { data, error, loading } = useLoad((signal) => call(api.opendata.publishedDialogues, { signal }), []);
  return (
    <>
      <PageHeader title={t('results.openTitle')} />
      <p>{t('results.openIntro')}</p>
      <p className="muted">{t('results.openHidden')}</p>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data && data.dialogues.length === 0 ? <p>{t('results.openNone')}</p> : null}
      {data && data.dialogues.length > 0 ? (
        <>
          <p>
            <a className="btn btn-primary" href={href(api.opendata.openDataZip)} download>
              {t('results.openDownload')}
            </a>
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('results.dialogue')}</th>
                  <th scope="col">{t('results.region')}</th>
                  <th scope="col">{t('results.date')}</th>
                  <th scope="col">{t('results.participants')}</th>
                  <th scope="col">{t('results.ideas')}</th>
                  <th scope="col">{t('results.ideas_visible')}</th>
                  <th scope="col">{t('results.dots')}</th>
                </tr>
              </thead>
              <tbody>
                {data.dialogues.map((dialogue) => (
                  <tr key={dialogue.id}>
                    <th scope="row">{dialogue.title}</th>
                    <td>{dialogue.regionName}</td>
                    <td>{formatDate(dialogue.date)}</td>
                    <td>{formatInteger(dialogue.participants)}</td>
                    <td>{formatInteger(dialogue.ideas)}</td>
                    <td>{formatInteger(dialogue.ideasVisible)}</td>
                    <td>{formatInteger(dialogue.dots)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
