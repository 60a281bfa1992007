import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, fieldErrors, get, patch, post } from '../../app/api.js';
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
import { DotsFields, QuestionsFieldset, TablesFieldset } from './DialogueFields.js';
import { type Draft, emptyDraft, fromDialogue, validate } from './dialogueDraft.js';
import type { Dialogue } from './types.js';

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
    get<Dialogue>(`/api/dialogues/${id}`, { signal: controller.signal })
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
        ? await patch<Dialogue>(`/api/dialogues/${id}`, body)
        : await post<Dialogue>('/api/dialogues', body);
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
        <QuestionsFieldset draft={draft} set={set} setItem={setItem} touch={touch} shown={shown} />
        <TablesFieldset draft={draft} set={set} setItem={setItem} touch={touch} shown={shown} />
        <DotsFields draft={draft} set={set} touch={touch} shown={shown} locked={dotsLocked} />
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
