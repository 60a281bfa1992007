import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, href } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { useSession } from '../../app/session.js';
import { ErrorMessage, Loading, PageHeader, Pager, Select, TextInput } from '../../ui/index.js';

type Answer = '' | 'en_estudio' | 'priorizada' | 'no_priorizada' | 'ya_existe' | 'sin_respuesta';
type Which = 'solo' | 'no' | 'todas';

/** Every idea the person sees (the region of the top selector, or all of theirs), searched, filtered and paged. */
export function IdeasList() {
  const { t } = useTranslation();
  const { region } = useSession();
  const [q, setQ] = useState('');
  const [hidden, setHidden] = useState<Which>('no');
  const [merged, setMerged] = useState<Which>('todas');
  const [answer, setAnswer] = useState<Answer>('');
  const [page, setPage] = useState(1);
  const query = {
    region: region || undefined,
    q: q.trim() || undefined,
    hidden,
    merged,
    answer: answer || undefined,
  };
  const { data, error, loading } = useLoad(
    (signal) => call(api.ideas.listIdeas, { query: { ...query, page, pageSize: 50 }, signal }),
    [region, q, hidden, merged, answer, page],
  );
  const which = (value: string) => value as Which;
  return (
    <>
      <PageHeader title={t('dialogues.ideasList.title')} />
      <div className="toolbar">
        <TextInput
          label={t('dialogues.ideasList.search')}
          type="search"
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
            setPage(1);
          }}
        />
        <Select
          label={t('dialogues.ideasList.hidden')}
          value={hidden}
          onChange={(event) => {
            setHidden(which(event.target.value));
            setPage(1);
          }}
          options={(['no', 'solo', 'todas'] as const).map((value) => ({
            value,
            label: t(`dialogues.ideasList.hiddenOptions.${value}`),
          }))}
        />
        <Select
          label={t('dialogues.ideasList.merged')}
          value={merged}
          onChange={(event) => {
            setMerged(which(event.target.value));
            setPage(1);
          }}
          options={(['todas', 'no', 'solo'] as const).map((value) => ({
            value,
            label: t(`dialogues.ideasList.mergedOptions.${value}`),
          }))}
        />
        <Select
          label={t('dialogues.ideasList.answer')}
          value={answer}
          onChange={(event) => {
            setAnswer(event.target.value as Answer);
            setPage(1);
          }}
          options={(
            ['', 'sin_respuesta', 'en_estudio', 'priorizada', 'no_priorizada', 'ya_existe'] as const
          ).map((value) => ({ value, label: t(`dialogues.ideasList.answers.${value || 'all'}`) }))}
        />
      </div>
      <p className="page-actions">
        <a className="btn btn-secondary" href={href(api.ideas.ideasListCsv, { query })} download>
          {t('dialogues.ideasList.csv')}
        </a>{' '}
        <a
          className="btn btn-secondary"
          href={href(api.ideas.ideasListCsv, { query: { ...query, format: 'excel' } })}
          download
        >
          {t('dialogues.ideasList.csvExcel')}
        </a>
      </p>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dialogues.ideasList.idea')}</th>
                  <th scope="col">{t('dialogues.ideasList.dialogue')}</th>
                  <th scope="col">{t('dialogues.ideasList.region')}</th>
                  <th scope="col">{t('dialogues.ideasList.state')}</th>
                </tr>
              </thead>
              <tbody>
                {data.ideas.map((idea) => (
                  <tr key={idea.id}>
                    <td>{idea.text}</td>
                    <td>
                      {idea.dialogueTitle}
                      {idea.table ? (
                        <span className="muted"> · {idea.table.name || idea.table.number}</span>
                      ) : null}
                    </td>
                    <td>{idea.regionName}</td>
                    <td>
                      {[
                        idea.hidden ? t('dialogues.ideasList.isHidden') : null,
                        idea.mergedIntoId ? t('dialogues.ideasList.isMerged') : null,
                        t(`dialogues.ideasList.answers.${idea.answerStatus ?? 'sin_respuesta'}`),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.total === 0 ? <p>{t('dialogues.ideasList.none')}</p> : null}
          <Pager page={data.page} pages={data.pages} total={data.total} onPage={setPage} />
        </>
      ) : null}
    </>
  );
}
