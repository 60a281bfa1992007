import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useAction } from '../../app/action.js';
import { del, fieldErrors, get, post } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { useCanManage, useRegionName } from '../../app/regions.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';

interface Coding {
  id: number;
  codeId: number;
  label: string;
  start: number;
  end: number;
  passage: string;
}
interface Answer {
  id: number;
  position: number;
  question: string;
  text: string;
  codings: Coding[];
}
interface Interview {
  id: number;
  regionCode: string;
  date: string;
  interviewer: string;
  notes: string | null;
  actor: { id: number; name: string; sector: string };
  guide: { id: number; title: string };
  answers: Answer[];
}
interface Code {
  id: number;
  label: string;
}

/** The answer with its coded passages marked (overlaps are shown by their first code). */
function MarkedAnswer({ answer }: { answer: Answer }) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  const spans = [...answer.codings].sort((a, b) => a.start - b.start);
  for (const coding of spans) {
    if (coding.start < cursor) continue;
    if (coding.start > cursor) parts.push(answer.text.slice(cursor, coding.start));
    parts.push(
      <mark key={coding.id} title={coding.label}>
        {answer.text.slice(coding.start, coding.end)}
      </mark>,
    );
    cursor = coding.end;
  }
  parts.push(answer.text.slice(cursor));
  return parts;
}

function CodingForm({
  interviewId,
  answer,
  codes,
  onDone,
}: {
  interviewId: number;
  answer: Answer;
  codes: Code[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const save = useAction({
    form: (form) =>
      post(`/api/interviews/${interviewId}/codings`, {
        answerId: answer.id,
        codeId: Number(form.get('codeId')) || 0,
        start: Number(start),
        end: Number(end),
      }),
    onDone: () => {
      setStart('');
      setEnd('');
      onDone();
    },
  });
  function takeSelection() {
    const selection = window.getSelection();
    const container = textRef.current;
    if (!selection?.rangeCount || !container) return;
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
    // Offsets in the answer's plain text, whatever marks split it into nodes.
    const before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(range.startContainer, range.startOffset);
    const from = before.toString().length;
    setStart(String(from));
    setEnd(String(from + range.toString().length));
  }
  const errors = fieldErrors(save.error);
  const preview = start !== '' && end !== '' ? answer.text.slice(Number(start), Number(end)) : '';
  return (
    <>
      <p ref={textRef} className="answer-text">
        <MarkedAnswer answer={answer} />
      </p>
      <form
        onSubmit={save.submit}
        noValidate
        className="coding-form"
        aria-label={`${t('listening.interview.apply')} · ${answer.position}`}
      >
        <p className="hint">{t('listening.interview.selectHint')}</p>
        {save.done ? <Alert kind="success">{t('listening.interview.coded')}</Alert> : null}
        <ErrorMessage error={save.error} />
        <div className="toolbar">
          <Select
            label={t('listening.interview.code')}
            name="codeId"
            error={errors.codeId}
            options={[
              { value: '', label: t('listening.interview.chooseCode') },
              ...codes.map((code) => ({ value: String(code.id), label: code.label })),
            ]}
          />
          <TextInput
            label={t('listening.interview.start')}
            type="number"
            min={0}
            value={start}
            onChange={(event) => setStart(event.target.value)}
            error={errors.start}
          />
          <TextInput
            label={t('listening.interview.end')}
            type="number"
            min={1}
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            error={errors.end}
          />
          <Button variant="secondary" onClick={takeSelection}>
            {t('listening.interview.useSelection')}
          </Button>
          <Button type="submit" disabled={save.busy}>
            {t('listening.interview.apply')}
          </Button>
        </div>
        {preview ? (
          <p className="muted">{t('listening.interview.passagePreview', { text: preview })}</p>
        ) : null}
      </form>
    </>
  );
}

/** One interview: each answer, its coded passages, and coding by selection or by positions. */
export function InterviewPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const regionName = useRegionName();
  const canManage = useCanManage();
  const interview = useLoad((signal) => get<Interview>(`/api/interviews/${id}`, { signal }), [id]);
  const codes = useLoad((signal) => get<{ codes: Code[] }>('/api/interview-codes', { signal }), []);
  const [removeError, setRemoveError] = useState<Error | null>(null);
  if (interview.error) return <ErrorMessage error={interview.error} />;
  if (!interview.data) return <Loading />;
  const data = interview.data;
  const editable = canManage(data.regionCode);
  async function remove(codingId: number) {
    setRemoveError(null);
    try {
      await del(`/api/interview-codings/${codingId}`);
      interview.reload();
    } catch (reason) {
      setRemoveError(reason as Error);
    }
  }
  return (
    <>
      <PageHeader title={t('listening.interview.title', { name: data.actor.name })}>
        <p className="muted">
          {regionName(data.regionCode)} · {t(`listening.sector.${data.actor.sector}`)} ·{' '}
          {t('listening.interview.meta', {
            date: formatDate(data.date),
            interviewer: data.interviewer,
            guide: data.guide.title,
          })}
        </p>
      </PageHeader>
      {params.get('guardada') ? <Alert kind="success">{t('listening.interviews.saved')}</Alert> : null}
      {editable && codes.data && !codes.data.codes.length ? (
        <Alert kind="warning">{t('listening.interview.noCodes')}</Alert>
      ) : null}
      <ErrorMessage error={removeError} />
      {data.answers.map((answer) => (
        <section key={answer.id} className="card" aria-labelledby={`question-${answer.id}`}>
          <h2 id={`question-${answer.id}`}>
            {answer.position}. {answer.question}
          </h2>
          {editable ? (
            <CodingForm
              interviewId={data.id}
              answer={answer}
              codes={codes.data?.codes ?? []}
              onDone={interview.reload}
            />
          ) : (
            <p className="answer-text">
              <MarkedAnswer answer={answer} />
            </p>
          )}
          {answer.codings.length ? (
            <>
              <h3>{t('listening.interview.codesIn')}</h3>
              <ul className="codings">
                {answer.codings.map((coding) => (
                  <li key={coding.id}>
                    <span className="badge">{coding.label}</span> «{coding.passage}»{' '}
                    <span className="muted">
                      ({coding.start}–{coding.end})
                    </span>{' '}
                    {editable ? (
                      <Button
                        variant="link"
                        onClick={() => void remove(coding.id)}
                        aria-label={`${t('listening.interview.remove')}: ${coding.label} «${coding.passage}»`}
                      >
                        {t('listening.interview.remove')}
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
      {data.notes ? <p className="muted">{data.notes}</p> : null}
    </>
  );
}
