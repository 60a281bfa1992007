import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { formatInteger } from '../../app/format.js';
import { Button, ErrorMessage } from '../../ui/index.js';
import type { ParticipantState } from '../dialogues/types.js';
import type { QueuedItem } from './queue.js';

export const ideaMaxLength = 500;

/** Ideación: the question, a text box with a counter, and the person's own ideas (pending ones marked). */
export function Ideation({
  state,
  queue,
  token,
  onSend,
  onEdited,
}: {
  state: ParticipantState;
  queue: QueuedItem[];
  token: string;
  onSend(questionId: number, text: string): void;
  onEdited(): Promise<void>;
}) {
  const { t } = useTranslation();
  const questions = state.dialogue.questions;
  const [questionId, setQuestionId] = useState(questions[0]?.id ?? 0);
  const [text, setText] = useState('');
  const textId = useId();
  const counterId = useId();
  const question = questions.find((candidate) => candidate.id === questionId) ?? questions[0];
  const pending = queue.filter((item): item is Extract<QueuedItem, { kind: 'idea' }> => item.kind === 'idea');

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || !question) return;
    onSend(question.id, trimmed);
    setText('');
  }

  return (
    <section aria-labelledby="ideation-title">
      <h1 id="ideation-title" className="phase-label">
        {t('room.ideationTitle')}
      </h1>
      {questions.length > 1 ? (
        <fieldset className="question-picker">
          <legend>{t('room.chooseQuestion')}</legend>
          {questions.map((candidate, index) => (
            <label
              key={candidate.id}
              className={`big-choice ${candidate.id === question?.id ? 'chosen' : ''}`}
            >
              <input
                type="radio"
                name="question"
                checked={candidate.id === question?.id}
                onChange={() => setQuestionId(candidate.id)}
              />
              <span>
                {index + 1}. {candidate.text}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <form onSubmit={submit} className="idea-form" noValidate>
        <label htmlFor={textId} className="question-text">
          {question?.text}
        </label>
        <textarea
          id={textId}
          value={text}
          maxLength={ideaMaxLength}
          rows={4}
          aria-describedby={counterId}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={counterId} className="counter muted" aria-live="polite">
          {t('room.characters', { count: text.length, max: ideaMaxLength })}
        </p>
        <Button type="submit" className="btn-block" disabled={!text.trim()}>
          {t('room.send')}
        </Button>
      </form>
      <p className="table-count">
        {t('room.tableIdeas', { count: state.tableIdeas, formatted: formatInteger(state.tableIdeas) })}
      </p>
      <h2>{t('room.myIdeas')}</h2>
      {state.myIdeas.length === 0 && pending.length === 0 ? (
        <p className="muted">{t('room.noIdeasYet')}</p>
      ) : null}
      <ul className="my-ideas">
        {pending.map((item) => (
          <li key={item.clientKey} className="my-idea pending">
            <p>{item.text}</p>
            <p className="muted">
              <span className="badge">
                <span aria-hidden="true">◌</span> {t('room.pending')}
              </span>{' '}
              {t('room.pendingHint')}
            </p>
          </li>
        ))}
        {[...state.myIdeas].reverse().map((idea) => (
          <MyIdea key={idea.id} idea={idea} token={token} onEdited={onEdited} />
        ))}
      </ul>
    </section>
  );
}

function MyIdea({
  idea,
  token,
  onEdited,
}: {
  idea: ParticipantState['myIdeas'][number];
  token: string;
  onEdited(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(idea.text);
  const [error, setError] = useState<ApiError | null>(null);
  const fieldId = useId();

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await call(api.ideas.editPhoneIdea, {
        params: { id: idea.id },
        body: { text: text.trim() },
        device: token,
      });
      setEditing(false);
      setError(null);
      await onEdited();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    }
  }

  return (
    <li className="my-idea">
      {editing ? (
        <form onSubmit={save} noValidate>
          <label htmlFor={fieldId}>{t('room.editIdeaLabel')}</label>
          <textarea
            id={fieldId}
            value={text}
            maxLength={ideaMaxLength}
            rows={3}
            onChange={(event) => setText(event.target.value)}
          />
          <ErrorMessage error={error} />
          <div className="row-actions">
            <Button type="submit" disabled={!text.trim()}>
              {t('room.saveIdea')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p>{idea.text}</p>
          <IdeaFate idea={idea} />
          {idea.editable ? (
            <Button variant="link" onClick={() => setEditing(true)}>
              {t('room.editIdea')}
            </Button>
          ) : null}
        </>
      )}
    </li>
  );
}

/** Tells the author what the team did with an idea: hidden (and why) or merged (into which). */
export function IdeaFate({ idea }: { idea: ParticipantState['myIdeas'][number] }) {
  const { t } = useTranslation();
  if (idea.fate.state === 'hidden')
    return (
      <p className="idea-fate idea-fate-hidden">
        {idea.fate.reason ? t('room.fateHidden', { reason: idea.fate.reason }) : t('room.fateHiddenNoReason')}
      </p>
    );
  if (idea.fate.state === 'late') return <p className="idea-fate idea-fate-late">{t('room.fateLate')}</p>;
  if (idea.fate.state === 'merged')
    return (
      <p className="idea-fate">
        {idea.fate.mergedInto
          ? t('room.fateMerged', { text: idea.fate.mergedInto.text })
          : t('room.fateMergedUnknown')}
      </p>
    );
  return null;
}
