import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate, formatInteger } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select } from '../../ui/index.js';
import { AnswerForm, type GivenAnswer, type InitiativeChoice } from './AnswerForm.js';

/** The initiatives an answer of this region may name: the region's and the national ones. */
export async function initiativesFor(regionCode: string, signal?: AbortSignal): Promise<InitiativeChoice[]> {
  // A facilitator may read the ideas but not the portfolio: no list, and no answering either.
  const list = await call(api.initiatives.listInitiativesFor, { signal }).catch(() => ({ initiatives: [] }));
  return list.initiatives
    .filter((initiative) => initiative.regionCode === null || initiative.regionCode === regionCode)
    .filter((initiative) => initiative.status !== 'descartada')
    .map(({ id, title, year, regionCode }) => ({ id, title, year, regionCode }));
}

/** A given answer as staff read it in the list. */
export function AnswerSummary({ answer }: { answer: GivenAnswer }) {
  const { t } = useTranslation();
  return (
    <div className="answer">
      <p>
        <span className="badge">{t(`cycle.public.answerStatuses.${answer.status}`)}</span> {answer.text}
      </p>
      {answer.reason ? <p>{t('cycle.public.answerReason', { reason: answer.reason })}</p> : null}
      {answer.initiative ? (
        <p>
          <Link to={`/staff/cartera/${answer.initiative.id}`}>
            {t('cycle.public.answerInitiative', { title: answer.initiative.title })}
          </Link>
        </p>
      ) : null}
      {answer.link ? (
        <p>
          <a href={answer.link} rel="noopener noreferrer nofollow">
            {answer.link}
          </a>
        </p>
      ) : null}
      <p className="muted">
        {t('cycle.public.answeredOn', { date: formatDate(answer.answeredAt.slice(0, 10)) })}
        {answer.themeId ? ` · ${t('cycle.answers.byTheme')}` : ''}
      </p>
    </div>
  );
}

/** «Respuestas» of a dialogue: each visible idea with its official answer, answered one by one. */
export function AnswersPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const show = params.get('mostrar') === 'sin-respuesta' ? 'sin-respuesta' : 'todas';
  const { data, error, loading, reload } = useLoad(
    async (signal) => {
      const answers = await call(api.answers.dialogueAnswers, { params: { id }, signal });
      const initiatives =
        me?.role === 'facilitator' ? [] : await initiativesFor(answers.dialogue.regionCode, signal);
      return { answers, initiatives };
    },
    [id, me?.role],
  );
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const { answers, initiatives } = data;
  const canAnswer = me?.role === 'national' || me?.role === 'regional';
  const ideas = show === 'sin-respuesta' ? answers.ideas.filter((idea) => !idea.answer) : answers.ideas;

  return (
    <>
      <p>
        <Link to={`/staff/dialogues/${answers.dialogue.id}`}>← {answers.dialogue.title}</Link>
      </p>
      <PageHeader
        title={t('cycle.answers.title', { title: answers.dialogue.title })}
        actions={
          <Link className="btn btn-secondary" to={`/devolucion/dialogo/${answers.dialogue.id}`}>
            {t('cycle.answers.publicReturn')}
          </Link>
        }
      >
        <p className="muted">
          {t('cycle.answers.count', {
            answered: formatInteger(answers.answered),
            total: formatInteger(answers.ideas.length),
          })}
        </p>
      </PageHeader>
      {canAnswer ? null : <Alert>{t('cycle.answers.readOnly')}</Alert>}
      {saved ? <Alert kind="success">{saved}</Alert> : null}
      <div className="toolbar">
        <Select
          label={t('cycle.answers.show')}
          value={show}
          options={[
            { value: 'todas', label: t('cycle.answers.showAll') },
            { value: 'sin-respuesta', label: t('cycle.answers.showUnanswered') },
          ]}
          onChange={(event) =>
            setParams(event.target.value === 'todas' ? {} : { mostrar: event.target.value }, {
              replace: true,
            })
          }
        />
      </div>
      {ideas.length === 0 ? <p>{t('cycle.answers.none')}</p> : null}
      <ol className="answer-list">
        {ideas.map((idea) => (
          <li key={idea.id} className="card">
            <p>
              <strong>«{idea.text}»</strong>
            </p>
            {idea.answer ? (
              <AnswerSummary answer={idea.answer} />
            ) : (
              <p className="muted">{t('cycle.answers.unanswered')}</p>
            )}
            {canAnswer && editing !== idea.id ? (
              <Button variant="secondary" onClick={() => setEditing(idea.id)}>
                {idea.answer ? t('cycle.answers.change') : t('cycle.answers.answer')}
                <span className="visually-hidden"> «{idea.text.slice(0, 60)}»</span>
              </Button>
            ) : null}
            {canAnswer && editing === idea.id ? (
              <>
                <AnswerForm
                  legend={t('cycle.answers.legend', { text: idea.text.slice(0, 60) })}
                  initial={idea.answer}
                  initiatives={initiatives}
                  onSubmit={async (body) => {
                    await call(api.answers.answerIdea, { params: { id: idea.id }, body });
                    setEditing(null);
                    setSaved(t('cycle.answers.saved'));
                    reload();
                  }}
                />
                <Button variant="link" onClick={() => setEditing(null)}>
                  {t('cycle.answers.cancel')}
                </Button>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
