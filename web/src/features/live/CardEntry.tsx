import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, post } from '../../app/api.js';
import { Button, ErrorMessage, Select } from '../../ui/index.js';
import type { Dialogue } from '../dialogues/types.js';

/** Typing in the ideas written on paper cards, table by table. */
export function CardEntry({ dialogue, onAdded }: { dialogue: Dialogue; onAdded(): Promise<void> }) {
  const { t } = useTranslation();
  const [tableId, setTableId] = useState(String(dialogue.tables[0]?.id ?? ''));
  const [questionId, setQuestionId] = useState(String(dialogue.questions[0]?.id ?? ''));
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  if (dialogue.status === 'closed') return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/api/dialogues/${dialogue.id}/ideas`, {
        tableId: Number(tableId),
        ...(questionId ? { questionId: Number(questionId) } : {}),
        text: text.trim(),
      });
      setSaved(
        t('live.entrySaved', { table: dialogue.tables.find((table) => String(table.id) === tableId)?.name }),
      );
      setText('');
      await onAdded();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }

  return (
    <section className="card" aria-labelledby="entry-heading">
      <h2 id="entry-heading">{t('live.entry')}</h2>
      <p className="hint">{t('live.entryHint')}</p>
      <form className="toolbar card-entry" onSubmit={submit} noValidate>
        <Select
          label={t('live.entryTable')}
          value={tableId}
          onChange={(event) => setTableId(event.target.value)}
          options={dialogue.tables.map((table) => ({ value: String(table.id), label: table.name }))}
        />
        {dialogue.questions.length > 1 ? (
          <Select
            label={t('live.entryQuestion')}
            value={questionId}
            onChange={(event) => setQuestionId(event.target.value)}
            options={dialogue.questions.map((question, index) => ({
              value: String(question.id),
              label: `${index + 1}. ${question.text.slice(0, 60)}`,
            }))}
          />
        ) : null}
        <div className="grow">
          <Field2 label={t('live.entryText')}>
            {(fieldId) => (
              <input
                id={fieldId}
                ref={input}
                value={text}
                maxLength={500}
                onChange={(event) => setText(event.target.value)}
              />
            )}
          </Field2>
        </div>
        <Button type="submit" disabled={busy || !text.trim()}>
          {t('live.entrySend')}
        </Button>
      </form>
      <p role="status" className="muted">
        {saved}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}

/** A labelled slot for an input that needs a ref. */
export function Field2({ label, children }: { label: string; children(id: string): React.ReactNode }) {
  const id = `field-${label.replace(/\W+/g, '-')}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
