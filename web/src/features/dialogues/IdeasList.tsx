import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call, href } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { useSession } from '../../app/session.js';
import { ErrorMessage, Loading, PageHeader, Pager, Select, TextInput } from '../../ui/index.js';

type Answer = '' | 'en_estudio' | 'priorizada' | 'no_priorizada' | 'ya_existe' | 'sin_respuesta';
type Which = 'solo' | 'no' | 'todas';

/**
 * Every idea the person sees (the region of the top selector, or all of theirs), searched, filtered and
 * paged. The filters live in the URL so a filtered list can be shared or reloaded.
 */
export function IdeasList() {
  const { t } = useTranslation();
  const { region } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const hidden = (params.get('hidden') ?? 'no') as Which;
  const merged = (params.get('merged') ?? 'todas') as Which;
  const answer = (params.get('answer') ?? '') as Answer;
  const dialogue = params.get('dialogue') ?? '';
  const question = params.get('question') ?? '';
  const table = params.get('table') ?? '';
  const theme = params.get('theme') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  // Any filter change goes back to page 1; choosing another dialogue drops its question and table.
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  const setPage = (next: number) => set({ page: next > 1 ? String(next) : '' });
  const query = {
    region: region || undefined,
    q: q.trim() || undefined,
    hidden,
    merged,
    answer: answer || undefined,
    dialogue: dialogue ? Number(dialogue) : undefined,
    question: dialogue && question ? Number(question) : undefined,
    table: dialogue && table ? Number(table) : undefined,
    theme: theme ? Number(theme) : undefined,
  };
  const { data, error, loading } = useLoad(
    (signal) => call(api.ideas.listIdeas, { query: { ...query, page, pageSize: 50 }, signal }),
    [region, q, hidden, merged, answer, dialogue, question, table, theme, page],
  );
  const dialogues = useLoad(
    (signal) =>
      call(api.dialogues.list, { query: { region: region || undefined, page: 1, pageSize: 100 }, signal }),
    [region],
  );
  const chosen = useLoad(
    (signal) =>
      dialogue
        ? call(api.dialogues.get, { params: { id: Number(dialogue) }, signal })
        : Promise.resolve(null),
    [dialogue],
  );
  const themes = useLoad(
    (signal) => call(api.synthesis.listThemes, { query: { scope: region || undefined }, signal }),
    [region],
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
          onChange={(event) => set({ q: event.target.value })}
        />
        <Select
          label={t('dialogues.ideasList.hidden')}
          value={hidden}
          onChange={(event) => set({ hidden: which(event.target.value) })}
          options={(['no', 'solo', 'todas'] as const).map((value) => ({
            value,
            label: t(`dialogues.ideasList.hiddenOptions.${value}`),
          }))}
        />
        <Select
          label={t('dialogues.ideasList.merged')}
          value={merged}
          onChange={(event) => set({ merged: which(event.target.value) })}
          options={(['todas', 'no', 'solo'] as const).map((value) => ({
            value,
            label: t(`dialogues.ideasList.mergedOptions.${value}`),
          }))}
        />
        <Select
          label={t('dialogues.ideasList.answer')}
          value={answer}
          onChange={(event) => set({ answer: event.target.value })}
          options={(
            ['', 'sin_respuesta', 'en_estudio', 'priorizada', 'no_priorizada', 'ya_existe'] as const
          ).map((value) => ({ value, label: t(`dialogues.ideasList.answers.${value || 'all'}`) }))}
        />
        <Select
          label={t('dialogues.ideasList.dialogueFilter')}
          value={dialogue}
          onChange={(event) => set({ dialogue: event.target.value, question: '', table: '' })}
          options={[
            { value: '', label: t('dialogues.ideasList.allDialogues') },
            ...(dialogues.data?.dialogues ?? []).map((item) => ({
              value: String(item.id),
              label: `${item.title} (${item.date})`,
            })),
          ]}
        />
        {/* Questions and tables belong to one dialogue: offered once it is chosen. */}
        {dialogue && chosen.data ? (
          <>
            <Select
              label={t('dialogues.ideasList.question')}
              value={question}
              onChange={(event) => set({ question: event.target.value })}
              options={[
                { value: '', label: t('dialogues.ideasList.allQuestions') },
                ...chosen.data.questions.map((item) => ({
                  value: String(item.id),
                  label: `${item.position}. ${item.text}`,
                })),
              ]}
            />
            <Select
              label={t('dialogues.ideasList.table')}
              value={table}
              onChange={(event) => set({ table: event.target.value })}
              options={[
                { value: '', label: t('dialogues.ideasList.allTables') },
                ...chosen.data.tables.map((item) => ({
                  value: String(item.id),
                  label: item.name || String(item.number),
                })),
              ]}
            />
          </>
        ) : null}
        {themes.data && themes.data.themes.length > 0 ? (
          <Select
            label={t('dialogues.ideasList.theme')}
            value={theme}
            onChange={(event) => set({ theme: event.target.value })}
            options={[
              { value: '', label: t('dialogues.ideasList.allThemes') },
              ...themes.data.themes.map((item) => ({ value: String(item.id), label: item.label })),
            ]}
          />
        ) : null}
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
