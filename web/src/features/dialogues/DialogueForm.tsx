import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, fieldErrors } from '../../app/api.js';
import { api, type BodyOf, call } from '../../app/client.js';
import { useRegions } from '../../app/data.js';
import { useSession } from '../../app/session.js';
import {
  Alert,
  Button,
  ErrorMessage,
  Loading,
  PageHeader,
  Select,
  TextArea,
  TextInput,
} from '../../ui/index.js';
import type { Dialogue } from './types.js';

interface Draft {
  regionCode: string;
  title: string;
  date: string;
  venue: string;
  agenda: string;
  questions: string[];
  tables: string[];
  dotsPerParticipant: string;
  maxDotsPerIdea: string;
}

const emptyDraft = (regionCode: string): Draft => ({
  regionCode,
  title: '',
  date: '',
  venue: '',
  agenda: '',
  questions: ['¿Cómo podríamos '],
  tables: ['Mesa 1', 'Mesa 2', 'Mesa 3'],
  dotsPerParticipant: '5',
  maxDotsPerIdea: '',
});

const fromDialogue = (dialogue: Dialogue): Draft => ({
  regionCode: dialogue.regionCode,
  title: dialogue.title,
  date: dialogue.date,
  venue: dialogue.venue ?? '',
  agenda: dialogue.agenda ?? '',
  questions: dialogue.questions.map((question) => question.text),
  tables: dialogue.tables.map((table) => table.name),
  dotsPerParticipant: String(dialogue.dotsPerParticipant),
  maxDotsPerIdea:
    dialogue.maxDotsPerIdea === dialogue.dotsPerParticipant ? '' : String(dialogue.maxDotsPerIdea),
});

const wholeNumber = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : Number.NaN);

/** The same rules the server applies, checked as the person types (messages beside each field). */
function validate(draft: Draft, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.regionCode) errors.regionCode = t('dialogues.form.errRequired');
  if (!draft.title.trim()) errors.title = t('dialogues.form.errRequired');
  else if (draft.title.trim().length > 200) errors.title = t('dialogues.form.errTitleLong');
  if (!draft.date) errors.date = t('dialogues.form.errRequired');
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || Number.isNaN(Date.parse(draft.date)))
    errors.date = t('dialogues.form.errDate');
  const questions = draft.questions.map((question) => question.trim()).filter(Boolean);
  if (questions.length === 0) errors.questions = t('dialogues.form.errQuestions');
  draft.questions.forEach((question, index) => {
    if (question.trim().length > 500) errors[`questions.${index}`] = t('dialogues.form.errQuestionLong');
  });
  if (draft.tables.map((name) => name.trim()).filter(Boolean).length === 0)
    errors.tables = t('dialogues.form.errTables');
  const dots = wholeNumber(draft.dotsPerParticipant);
  if (!(dots >= 1 && dots <= 50)) errors.dotsPerParticipant = t('dialogues.form.errDots');
  if (draft.maxDotsPerIdea.trim()) {
    const max = wholeNumber(draft.maxDotsPerIdea);
    if (!(max >= 1 && (Number.isNaN(dots) || max <= dots)))
      errors.maxDotsPerIdea = t('dialogues.form.errMaxDots');
  }
  return errors;
}

export function DialogueForm() {
  const { t } = useTranslation();
  const { id } = useParams();
  const editing = id !== undefined;
  const navigate = useNavigate();
  const { me, region } = useSession();
  const regions = useRegions();
  const [draft, setDraft] = useState<Draft | null>(editing ? null : null);
  const [original, setOriginal] = useState<Dialogue | null>(null);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const allowedRegions =
    me?.role === 'national' ? regions : regions.filter((candidate) => me?.regions.includes(candidate.code));

  useEffect(() => {
    if (!editing) {
      const only = me?.role !== 'national' && me?.regions.length === 1 ? me.regions[0] : region;
      setDraft(emptyDraft(only ?? ''));
      return;
    }
    const controller = new AbortController();
    call(api.dialogues.get, { params: { id }, signal: controller.signal })
      .then((dialogue) => {
        setOriginal(dialogue);
        setDraft(fromDialogue(dialogue));
      })
      .catch((reason) => {
        if (!controller.signal.aborted) setServerError(reason instanceof ApiError ? reason : null);
      });
    return () => controller.abort();
  }, [editing, id, me, region]);

  if (!draft) return serverError ? <ErrorMessage error={serverError} /> : <Loading />;

  const errors = validate(draft, t);
  const server = fieldErrors(serverError);
  const shown = (key: string) => (submitted || touched[key] ? errors[key] : undefined) ?? server[key];
  const dotsLocked =
    original !== null &&
    (original.status === 'closed' ||
      (original.status === 'live' && original.phase !== null && original.phase !== 'ideation'));

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const touch = (key: string) => setTouched((current) => ({ ...current, [key]: true }));
  const setItem = (key: 'questions' | 'tables', index: number, value: string) =>
    set(
      key,
      draft[key].map((item, position) => (position === index ? value : item)),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (!draft || Object.keys(validate(draft, t)).length > 0) return;
    const dots = Number(draft.dotsPerParticipant);
    const body = {
      regionCode: draft.regionCode,
      title: draft.title.trim(),
      date: draft.date,
      venue: draft.venue.trim() || undefined,
      agenda: draft.agenda.trim() || undefined,
      questions: draft.questions.map((question) => question.trim()).filter(Boolean),
      tables: draft.tables.map((name) => name.trim()).filter(Boolean),
      ...(dotsLocked
        ? {}
        : {
            dotsPerParticipant: dots,
            maxDotsPerIdea: draft.maxDotsPerIdea.trim() ? Number(draft.maxDotsPerIdea) : dots,
          }),
    };
    setBusy(true);
    try {
      const saved = editing
        ? await call(api.dialogues.update, { params: { id }, body: body })
        : // A new dialogue's dots are never locked: its body has them.
          await call(api.dialogues.create, { body: body as BodyOf<typeof api.dialogues.create> });
      navigate(`/staff/dialogues/${saved.id}?${editing ? 'guardado' : 'creado'}=1`);
    } catch (reason) {
      setServerError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setBusy(false);
    }
  }

  const invalidCount = Object.keys(errors).length;
  return (
    <>
      <PageHeader title={editing ? t('dialogues.form.editTitle') : t('dialogues.form.createTitle')} />
      {submitted && invalidCount > 0 ? <Alert kind="error">{t('dialogues.form.fixErrors')}</Alert> : null}
      <ErrorMessage error={serverError} />
      <form onSubmit={submit} noValidate className="dialogue-form">
        <Select
          label={t('dialogues.form.region')}
          value={draft.regionCode}
          required
          onChange={(event) => {
            set('regionCode', event.target.value);
            touch('regionCode');
          }}
          error={shown('regionCode')}
          options={[
            { value: '', label: t('dialogues.form.chooseRegion') },
            ...allowedRegions.map((candidate) => ({ value: candidate.code, label: candidate.name })),
          ]}
        />
        <TextInput
          label={t('dialogues.form.title')}
          value={draft.title}
          required
          maxLength={200}
          onChange={(event) => set('title', event.target.value)}
          onBlur={() => touch('title')}
          error={shown('title')}
        />
        <TextInput
          label={t('dialogues.form.date')}
          type="date"
          value={draft.date}
          required
          onChange={(event) => {
            set('date', event.target.value);
            touch('date');
          }}
          error={shown('date')}
        />
        <TextInput
          label={t('dialogues.form.venue')}
          value={draft.venue}
          optional
          onChange={(event) => set('venue', event.target.value)}
        />
        <TextArea
          label={t('dialogues.form.agenda')}
          hint={t('dialogues.form.agendaHint')}
          value={draft.agenda}
          optional
          onChange={(event) => set('agenda', event.target.value)}
        />
        <fieldset>
          <legend>{t('dialogues.form.questions')}</legend>
          <p className="hint">{t('dialogues.form.questionsHint')}</p>
          {draft.questions.map((question, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in an editable list
            <div key={index} className="list-row">
              <TextArea
                label={t('dialogues.form.question', { number: index + 1 })}
                value={question}
                rows={2}
                onChange={(event) => setItem('questions', index, event.target.value)}
                onBlur={() => touch('questions')}
                error={shown(`questions.${index}`)}
              />
              {draft.questions.length > 1 ? (
                <Button
                  variant="link"
                  aria-label={t('dialogues.form.removeQuestion', { number: index + 1 })}
                  onClick={() =>
                    set(
                      'questions',
                      draft.questions.filter((_, position) => position !== index),
                    )
                  }
                >
                  ✕
                </Button>
              ) : null}
            </div>
          ))}
          {shown('questions') ? (
            <p className="field-error" role="alert">
              ⚠ {shown('questions')}
            </p>
          ) : null}
          <Button
            variant="secondary"
            onClick={() => set('questions', [...draft.questions, '¿Cómo podríamos '])}
          >
            {t('dialogues.form.addQuestion')}
          </Button>
        </fieldset>
        <fieldset>
          <legend>{t('dialogues.form.tables')}</legend>
          <div className="table-names">
            {draft.tables.map((name, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in an editable list
              <div key={index} className="list-row">
                <TextInput
                  label={t('dialogues.form.tableName', { number: index + 1 })}
                  value={name}
                  maxLength={80}
                  onChange={(event) => setItem('tables', index, event.target.value)}
                  onBlur={() => touch('tables')}
                />
                {draft.tables.length > 1 ? (
                  <Button
                    variant="link"
                    aria-label={t('dialogues.form.removeTable', { number: index + 1 })}
                    onClick={() =>
                      set(
                        'tables',
                        draft.tables.filter((_, position) => position !== index),
                      )
                    }
                  >
                    ✕
                  </Button>
                ) : null}
              </div>
            ))}
          </div>
          {shown('tables') ? (
            <p className="field-error" role="alert">
              ⚠ {shown('tables')}
            </p>
          ) : null}
          <Button
            variant="secondary"
            onClick={() =>
              set('tables', [...draft.tables, t('dialogues.form.table', { number: draft.tables.length + 1 })])
            }
          >
            {t('dialogues.form.addTable')}
          </Button>
        </fieldset>
        {dotsLocked ? <Alert kind="info">{t('dialogues.form.dotsLocked')}</Alert> : null}
        <div className="form-columns">
          <TextInput
            label={t('dialogues.form.dots')}
            inputMode="numeric"
            value={draft.dotsPerParticipant}
            disabled={dotsLocked}
            onChange={(event) => {
              set('dotsPerParticipant', event.target.value);
              touch('dotsPerParticipant');
            }}
            error={shown('dotsPerParticipant')}
          />
          <TextInput
            label={t('dialogues.form.maxDots')}
            hint={t('dialogues.form.maxDotsHint')}
            inputMode="numeric"
            optional
            value={draft.maxDotsPerIdea}
            disabled={dotsLocked}
            onChange={(event) => {
              set('maxDotsPerIdea', event.target.value);
              touch('maxDotsPerIdea');
            }}
            error={shown('maxDotsPerIdea')}
          />
        </div>
        <div className="page-actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('common.saving') : t('dialogues.form.save')}
          </Button>
          <Link className="btn btn-secondary" to={editing ? `/staff/dialogues/${id}` : '/staff/dialogues'}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
