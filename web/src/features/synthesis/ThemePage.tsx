import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate, formatInteger } from '../../app/format.js';
import {
  Alert,
  Button,
  ErrorMessage,
  Loading,
  PageHeader,
  Pager,
  Select,
  TextInput,
} from '../../ui/index.js';
import { AnswerForm } from '../cycle/AnswerForm.js';
import { initiativesFor } from '../cycle/AnswersPage.js';
import { ThemeReading } from './ThemeReading.js';

/** Ideas shown at once: a theme of 99 ideas was 15,574 px tall with a select per idea. */
export const themeIdeasPerPage = 15;

/** One theme: its ideas with dialogue, table and dots, and the staff corrections. */
export function ThemePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useLoad(
    async (signal) => {
      const theme = await call(api.synthesis.getTheme, { params: { id }, signal });
      const siblings = await call(api.synthesis.listThemes, { query: { scope: theme.scope }, signal });
      // An answer names an initiative of the ideas' region or a national one: with ideas of several
      // regions, only the national ones fit them all.
      const regions = [...new Set(theme.ideas.map((idea) => idea.dialogue.regionCode))];
      const initiatives = theme.canChange
        ? (await initiativesFor(regions.length === 1 ? regions[0] : '', signal)).filter(
            (initiative) => regions.length === 1 || initiative.regionCode === null,
          )
        : [];
      return { theme, others: siblings.themes.filter((other) => other.id !== theme.id), initiatives };
    },
    [id],
  );
  const [label, setLabel] = useState<string | null>(null);
  const [marked, setMarked] = useState<Set<number>>(new Set());
  const [splitLabel, setSplitLabel] = useState('');
  const [mergeTarget, setMergeTarget] = useState('');
  const [moveTargets, setMoveTargets] = useState<Record<number, string>>({});
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [answeredNote, setAnsweredNote] = useState<string | null>(null);
  const [page, setPage] = useState(1);

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const { theme, others, initiatives } = data;
  const canChange = theme.canChange;
  const pages = Math.max(1, Math.ceil(theme.ideas.length / themeIdeasPerPage));
  const current = Math.min(page, pages);
  const shown = theme.ideas.slice((current - 1) * themeIdeasPerPage, current * themeIdeasPerPage);
  const themeOptions = [
    { value: '', label: t('synthesis.choose') },
    ...others.map((other) => ({ value: String(other.id), label: other.label })),
  ];

  async function act(action: () => Promise<unknown>, after?: () => void) {
    setActionError(null);
    setDone(false);
    try {
      await action();
      setDone(true);
      if (after) after();
      else reload();
    } catch (reason) {
      setActionError(reason as ApiError);
    }
  }

  const rename = (event: FormEvent) => {
    event.preventDefault();
    void act(() =>
      call(api.synthesis.renameTheme, { params: { id: theme.id }, body: { label: label ?? theme.label } }),
    );
  };
  const merge = (event: FormEvent) => {
    event.preventDefault();
    void act(
      () =>
        call(api.synthesis.mergeTheme, { params: { id: theme.id }, body: { intoId: Number(mergeTarget) } }),
      () => navigate(`/staff/sintesis/temas/${mergeTarget}`),
    );
  };
  const split = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await call(api.synthesis.splitTheme, {
        params: { id: theme.id },
        body: { ideaIds: [...marked], label: splitLabel },
      });
      setMarked(new Set());
      setSplitLabel('');
    });
  };
  const move = (ideaId: number) =>
    act(() => call(api.synthesis.moveIdea, { params: { id: moveTargets[ideaId] }, body: { ideaId } }));

  return (
    <>
      <p>
        <Link to={`/staff/sintesis?alcance=${encodeURIComponent(theme.scope)}`}>← {t('synthesis.back')}</Link>
      </p>
      <PageHeader title={theme.label}>
        <p className="muted">
          {theme.keywords.join(', ')} · {formatInteger(theme.ideas.length)}{' '}
          {t('synthesis.ideas').toLowerCase()} · {formatInteger(theme.dots)}{' '}
          {t('synthesis.dots').toLowerCase()}
        </p>
      </PageHeader>
      {theme.status !== 'active' ? <Alert kind="warning">{t('synthesis.closed')}</Alert> : null}
      <ThemeReading theme={theme} />
      {theme.partial ? <Alert>{t('synthesis.partial')}</Alert> : null}
      <section className="card" aria-labelledby="publication-heading">
        <h2 id="publication-heading">{t('synthesis.publication')}</h2>
        <p>
          {theme.publishedAt
            ? t('synthesis.publishedOn', { date: formatDate(theme.publishedAt.slice(0, 10)) })
            : t('synthesis.notPublished')}
        </p>
        {canChange ? (
          <Button
            variant={theme.publishedAt ? 'secondary' : 'primary'}
            onClick={() =>
              void act(() =>
                call(api.synthesis.publishTheme, {
                  params: { id: theme.id },
                  body: { published: !theme.publishedAt },
                }),
              )
            }
          >
            {theme.publishedAt ? t('synthesis.unpublish') : t('synthesis.publish')}
          </Button>
        ) : null}
      </section>
      {canChange && theme.ideas.length ? (
        <section className="card" aria-labelledby="theme-answer-heading">
          <h2 id="theme-answer-heading">{t('synthesis.answerTitle')}</h2>
          <p className="muted">{t('synthesis.answerIntro')}</p>
          {answeredNote ? <Alert kind="success">{answeredNote}</Alert> : null}
          {/* Folded until asked for: the theme's ideas come first on the page. */}
          <details>
            <summary>{t('synthesis.answerOpen')}</summary>
            <AnswerForm
              legend={t('cycle.answers.themeLegend')}
              initiatives={initiatives}
              bulk
              onSubmit={async (body) => {
                const result = await call(api.answers.answerTheme, { params: { id: theme.id }, body });
                setAnsweredNote(t('cycle.answers.themeSaved', result));
              }}
            />
          </details>
        </section>
      ) : null}
      <ErrorMessage error={actionError} />
      {done ? <Alert kind="success">{t('synthesis.saved')}</Alert> : null}
      {canChange ? (
        <div className="grid">
          <form onSubmit={rename} className="card">
            <TextInput
              label={t('synthesis.rename')}
              value={label ?? theme.label}
              maxLength={120}
              required
              onChange={(event) => setLabel(event.target.value)}
            />
            <Button type="submit">{t('synthesis.save')}</Button>
          </form>
          <form onSubmit={merge} className="card">
            <Select
              label={t('synthesis.mergeInto')}
              value={mergeTarget}
              options={themeOptions}
              onChange={(event) => setMergeTarget(event.target.value)}
            />
            <Button type="submit" variant="secondary" disabled={!mergeTarget}>
              {t('synthesis.merge')}
            </Button>
          </form>
          <form onSubmit={split} className="card">
            <TextInput
              label={t('synthesis.splitLabel')}
              value={splitLabel}
              maxLength={120}
              required
              onChange={(event) => setSplitLabel(event.target.value)}
            />
            <Button type="submit" variant="secondary" disabled={marked.size === 0 || !splitLabel.trim()}>
              {t('synthesis.split')} ({marked.size})
            </Button>
          </form>
        </div>
      ) : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {canChange ? (
                <th scope="col">
                  <span className="visually-hidden">{t('synthesis.split')}</span>
                </th>
              ) : null}
              <th scope="col">{t('synthesis.idea')}</th>
              <th scope="col">{t('synthesis.dialogue')}</th>
              <th scope="col">{t('synthesis.table')}</th>
              <th scope="col">{t('synthesis.dots')}</th>
              {canChange ? <th scope="col">{t('synthesis.moveTo')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((idea) => (
              <tr key={idea.id}>
                {canChange ? (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('synthesis.select', { text: idea.text.slice(0, 60) })}
                      checked={marked.has(idea.id)}
                      onChange={(event) => {
                        const next = new Set(marked);
                        if (event.target.checked) next.add(idea.id);
                        else next.delete(idea.id);
                        setMarked(next);
                      }}
                    />
                  </td>
                ) : null}
                <td>
                  {idea.text}
                  {idea.pinned ? <span className="badge"> {t('synthesis.pinned')}</span> : null}
                </td>
                <td>
                  {idea.dialogue.title} <span className="muted">({formatDate(idea.dialogue.date)})</span>
                </td>
                <td>{idea.table ? `${idea.table.number} · ${idea.table.name}` : '—'}</td>
                <td>{formatInteger(idea.dots)}</td>
                {canChange ? (
                  <td>
                    <Select
                      label={t('synthesis.moveTo')}
                      value={moveTargets[idea.id] ?? ''}
                      options={themeOptions}
                      onChange={(event) => setMoveTargets({ ...moveTargets, [idea.id]: event.target.value })}
                    />
                    <Button
                      variant="secondary"
                      disabled={!moveTargets[idea.id]}
                      onClick={() => void move(idea.id)}
                    >
                      {t('synthesis.move')}
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={current} pages={pages} total={theme.ideas.length} onPage={setPage} />
    </>
  );
}
