import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, get, patch, post } from '../../app/api.js';
import { formatInteger } from '../../app/format.js';
import { useDebounced, useLiveSocket } from '../../app/live.js';
import { ConnectionIndicator } from '../../ui/ConnectionIndicator.js';
import { Button, ErrorMessage, Loading, PageHeader, Select, TextArea, TextInput } from '../../ui/index.js';
import { ConfirmButton, Modal } from '../../ui/Modal.js';
import type { Dialogue, ScreenState, StaffIdea } from '../dialogues/types.js';
import { DuplicateSuggestions } from '../synthesis/DuplicateSuggestions.js';

type Step = 'ideation' | 'voting' | 'evaluation' | 'closing';
const steps: Step[] = ['ideation', 'voting', 'evaluation', 'closing'];

function currentStep(dialogue: Dialogue): Step | null {
  if (dialogue.status === 'closed') return 'closing';
  if (dialogue.status === 'live') return dialogue.phase ?? 'ideation';
  return null;
}

/** The facilitator's console: phases, counters, the idea stream per table with moderation, card entry. */
export function LiveConsole() {
  const { t } = useTranslation();
  const { id } = useParams();
  const dialogueId = Number(id);
  const [dialogue, setDialogue] = useState<Dialogue | null>(null);
  const [ideas, setIdeas] = useState<StaffIdea[]>([]);
  const [screen, setScreen] = useState<ScreenState | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextDialogue, nextIdeas, nextScreen] = await Promise.all([
        get<Dialogue>(`/api/dialogues/${dialogueId}`),
        get<{ ideas: StaffIdea[] }>(`/api/dialogues/${dialogueId}/ideas?includeHidden=1`),
        get<ScreenState>(`/api/dialogues/${dialogueId}/screen`).catch(() => null),
      ]);
      setDialogue(nextDialogue);
      setIdeas(nextIdeas.ideas);
      setScreen(nextScreen);
      setError(null);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  }, [dialogueId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const scheduleReload = useDebounced(() => void reload(), 250);
  // The stream reloads after each event: what the socket says is the signal, the API the truth.
  const connection = useLiveSocket(Number.isFinite(dialogueId) ? `/ws/dialogues/${dialogueId}` : null, {
    hello: {},
    after: screen?.lastEventId ?? null,
    enabled: dialogue !== null,
    onEvent: scheduleReload,
    onReady: scheduleReload,
  });

  if (error && !dialogue) return <ErrorMessage error={error} />;
  if (!dialogue) return <Loading />;

  const step = currentStep(dialogue);
  const act = async (action: () => Promise<unknown>) => {
    await action();
    await reload();
  };

  return (
    <div className="live-console">
      <PageHeader
        title={`${t('live.title')}: ${dialogue.title}`}
        actions={
          <>
            <ConnectionIndicator
              status={connection}
              labels={{
                online: t('live.connection.online'),
                connecting: t('live.connection.connecting'),
                offline: t('live.connection.offline'),
              }}
            />
            <a className="btn btn-secondary" href={`/screen/${dialogue.id}`} target="_blank" rel="noopener">
              {t('live.openScreen')}
            </a>
            <Link className="btn btn-link" to={`/staff/dialogues/${dialogue.id}`}>
              {t('live.back')}
            </Link>
          </>
        }
      />
      <ErrorMessage error={error} />
      <PhaseBar dialogue={dialogue} step={step} onChange={act} />
      <Counters dialogue={dialogue} ideas={ideas} screen={screen} />
      <CardEntry dialogue={dialogue} onAdded={reload} />
      <PossibleDuplicates dialogue={dialogue} ideas={ideas} onChange={act} />
      <IdeaStream dialogue={dialogue} ideas={ideas} onChange={act} />
    </div>
  );
}

/**
 * As ideas arrive, the newest one is compared with the rest of the dialogue (synthesis feature):
 * near-duplicates show with their similarity, and one click merges the new idea into the older one.
 */
function PossibleDuplicates({
  dialogue,
  ideas,
  onChange,
}: {
  dialogue: Dialogue;
  ideas: StaffIdea[];
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const newest = ideas
    .filter((idea) => !idea.hiddenReason && idea.mergedIntoId === null)
    .reduce<StaffIdea | null>((latest, idea) => (!latest || idea.id > latest.id ? idea : latest), null);
  return (
    <section
      className="card duplicates-slot"
      aria-labelledby="duplicates-heading"
      data-slot="possible-duplicates"
    >
      <h2 id="duplicates-heading">{t('live.duplicates')}</h2>
      {newest ? (
        <>
          <p className="muted">{t('live.duplicatesOf', { text: newest.text })}</p>
          <DuplicateSuggestions
            key={newest.id}
            dialogueId={dialogue.id}
            ideaId={newest.id}
            onMerge={(intoId) => void onChange(() => post(`/api/ideas/${newest.id}/merge`, { intoId }))}
          />
        </>
      ) : (
        <p className="muted">{t('live.duplicatesNone')}</p>
      )}
    </section>
  );
}

function PhaseBar({
  dialogue,
  step,
  onChange,
}: {
  dialogue: Dialogue;
  step: Step | null;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const index = step ? steps.indexOf(step) : -1;
  const next = index >= 0 && index < steps.length - 1 ? steps[index + 1] : null;
  const label = (value: Step) => (value === 'closing' ? t('live.closing') : t(`dialogues.phase.${value}`));
  const nextAction = next
    ? {
        voting: {
          label: t('live.toVoting'),
          message: t('live.toVotingMessage', { dots: dialogue.dotsPerParticipant }),
          run: () => post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' }),
        },
        evaluation: {
          label: t('live.toEvaluation'),
          message: t('live.toEvaluationMessage'),
          run: () => post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'evaluation' }),
        },
        closing: {
          label: t('live.toClosing'),
          message: t('live.toClosingMessage'),
          run: () => post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' }),
        },
        ideation: null,
      }[next]
    : null;
  return (
    <nav className="phase-bar card" aria-label={t('live.phaseBar')}>
      <ol>
        {steps.map((value, position) => (
          <li
            key={value}
            className={position === index ? 'phase-current' : position < index ? 'phase-done' : 'phase-next'}
            aria-current={position === index ? 'step' : undefined}
          >
            <span aria-hidden="true">{position < index ? '✓' : position + 1}</span> {label(value)}
            {position === index ? <span className="visually-hidden"> ({t('live.current')})</span> : null}
            {position < index ? <span className="visually-hidden"> ({t('live.done')})</span> : null}
          </li>
        ))}
      </ol>
      <div className="phase-actions">
        {step === null ? (
          <>
            <p>{t('live.notLive', { status: t(`dialogues.status.${dialogue.status}`) })}</p>
            {dialogue.status === 'draft' ? (
              <ConfirmButton
                label={t('live.openRegistration')}
                title={t('live.openRegistration')}
                message={t('live.openRegistrationMessage', { code: dialogue.joinCode })}
                variant="secondary"
                onConfirm={() =>
                  onChange(() => post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' }))
                }
              />
            ) : null}
            <ConfirmButton
              label={t('live.start')}
              title={t('live.start')}
              message={t('live.startMessage')}
              onConfirm={() =>
                onChange(async () => {
                  if (dialogue.status === 'draft')
                    await post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
                  await post(`/api/dialogues/${dialogue.id}/status`, { status: 'live' });
                })
              }
            />
          </>
        ) : nextAction ? (
          <ConfirmButton
            label={nextAction.label}
            title={nextAction.label}
            message={nextAction.message}
            variant={next === 'closing' ? 'danger' : 'primary'}
            onConfirm={() => onChange(nextAction.run)}
          />
        ) : (
          <p>{t('live.closed')}</p>
        )}
      </div>
    </nav>
  );
}

function Counters({
  dialogue,
  ideas,
  screen,
}: {
  dialogue: Dialogue;
  ideas: StaffIdea[];
  screen: ScreenState | null;
}) {
  const { t } = useTranslation();
  const counts = dialogue.counts;
  const visible = ideas.filter((idea) => !idea.hiddenReason && idea.mergedIntoId === null);
  return (
    <section className="card" aria-labelledby="counters-heading">
      <h2 id="counters-heading">{t('live.counters')}</h2>
      <dl className="counters">
        <div>
          <dt>{t('live.participants')}</dt>
          <dd className="stat">{formatInteger(screen?.participants ?? counts?.participants ?? 0)}</dd>
        </div>
        <div>
          <dt>{t('live.ideas')}</dt>
          <dd className="stat">{formatInteger(visible.length)}</dd>
        </div>
        <div>
          <dt>{t('live.dots')}</dt>
          <dd className="stat">
            {t('live.dotsOf', {
              spent: formatInteger(screen?.dotsSpent ?? counts?.dotsSpent ?? 0),
              total: formatInteger(screen?.dotsTotal ?? counts?.dotsTotal ?? 0),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('live.evaluations')}</dt>
          <dd className="stat">{formatInteger(screen?.evaluation.responses ?? counts?.evaluations ?? 0)}</dd>
        </div>
      </dl>
      <table>
        <caption className="visually-hidden">{t('live.perTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('live.colTable')}</th>
            <th scope="col" className="number">
              {t('live.participants')}
            </th>
            <th scope="col" className="number">
              {t('live.ideas')}
            </th>
          </tr>
        </thead>
        <tbody>
          {dialogue.tables.map((table) => (
            <tr key={table.id}>
              <th scope="row">{table.name}</th>
              <td className="number">
                {formatInteger(
                  screen?.participantsPerTable.find((row) => row.tableId === table.id)?.participants ?? 0,
                )}
              </td>
              <td className="number">
                {formatInteger(visible.filter((idea) => idea.tableId === table.id).length)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CardEntry({ dialogue, onAdded }: { dialogue: Dialogue; onAdded(): Promise<void> }) {
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
function Field2({ label, children }: { label: string; children(id: string): React.ReactNode }) {
  const id = `field-${label.replace(/\W+/g, '-')}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function IdeaStream({
  dialogue,
  ideas,
  onChange,
}: {
  dialogue: Dialogue;
  ideas: StaffIdea[];
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<StaffIdea | null>(null);
  const [hiding, setHiding] = useState<StaffIdea | null>(null);
  const [merging, setMerging] = useState<StaffIdea | null>(null);
  const newestFirst = [...ideas].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  const top = newestFirst.filter((idea) => !idea.hiddenReason && idea.mergedIntoId === null);
  const hidden = newestFirst.filter((idea) => idea.hiddenReason);
  const columns = [
    ...dialogue.tables.map((table) => ({
      key: String(table.id),
      id: table.id as number | null,
      name: table.name,
    })),
    ...(top.some((idea) => idea.tableId === null)
      ? [{ key: 'none', id: null, name: t('live.noTable') }]
      : []),
  ];
  const questionNumber = (questionId: number | null) =>
    dialogue.questions.findIndex((question) => question.id === questionId) + 1;

  return (
    <section aria-labelledby="stream-heading">
      <h2 id="stream-heading">{t('live.stream')}</h2>
      <div className="stream-columns">
        {columns.map((column) => {
          const mine = top.filter((idea) => idea.tableId === column.id);
          return (
            <section key={column.key} className="stream-column" aria-label={column.name}>
              <h3>
                {column.name} <span className="badge">{formatInteger(mine.length)}</span>
              </h3>
              {mine.length === 0 ? <p className="muted">{t('live.noIdeas')}</p> : null}
              <ul className="idea-list">
                {mine.map((idea) => (
                  <li key={idea.id} className="idea-card" data-idea-id={idea.id}>
                    <p className="idea-text">{idea.text}</p>
                    <p className="idea-meta muted">
                      {questionNumber(idea.questionId) > 0 && dialogue.questions.length > 1
                        ? `${t('live.question', { number: questionNumber(idea.questionId) })} · `
                        : ''}
                      {idea.source === 'card' ? `${t('live.card')} · ` : ''}
                      {t('live.dotsOnIdea', {
                        count: idea.totalDots,
                        formatted: formatInteger(idea.totalDots),
                      })}
                    </p>
                    <div className="idea-actions">
                      <Button variant="link" onClick={() => setEditing(idea)}>
                        {t('live.edit')}
                      </Button>
                      <Button variant="link" onClick={() => setHiding(idea)}>
                        {t('live.hide')}
                      </Button>
                      <Button variant="link" onClick={() => setMerging(idea)}>
                        {t('live.merge')}
                      </Button>
                    </div>
                    <MergedChildren parent={idea} ideas={ideas} onChange={onChange} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {hidden.length > 0 ? (
        <details className="card">
          <summary>{t('live.hidden', { count: hidden.length })}</summary>
          <ul className="idea-list">
            {hidden.map((idea) => (
              <li key={idea.id} className="idea-card idea-hidden">
                <p className="idea-text">{idea.text}</p>
                <p className="muted">{t('live.hiddenBecause', { reason: idea.hiddenReason })}</p>
                <Button
                  variant="link"
                  onClick={() => void onChange(() => post(`/api/ideas/${idea.id}/unhide`))}
                >
                  {t('live.unhide')}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <EditIdea
        key={`edit-${editing?.id}`}
        idea={editing}
        onClose={() => setEditing(null)}
        onChange={onChange}
      />
      <HideIdea
        key={`hide-${hiding?.id}`}
        idea={hiding}
        onClose={() => setHiding(null)}
        onChange={onChange}
      />
      <MergeIdea
        key={`merge-${merging?.id}`}
        idea={merging}
        candidates={top}
        onClose={() => setMerging(null)}
        onChange={onChange}
      />
    </section>
  );
}

function MergedChildren({
  parent,
  ideas,
  onChange,
}: {
  parent: StaffIdea;
  ideas: StaffIdea[];
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const children = ideas.filter((idea) => idea.mergedIntoId === parent.id && !idea.hiddenReason);
  if (children.length === 0) return null;
  return (
    <div className="merged-under">
      <p className="muted">{t('live.mergedUnder')}</p>
      <ul>
        {children.map((child) => (
          <li key={child.id}>
            <span>{child.text}</span>{' '}
            <Button
              variant="link"
              onClick={() => void onChange(() => post(`/api/ideas/${child.id}/unmerge`))}
            >
              {t('live.unmerge')}
            </Button>
            <MergedChildren parent={child} ideas={ideas} onChange={onChange} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function EditIdea({
  idea,
  onClose,
  onChange,
}: {
  idea: StaffIdea | null;
  onClose(): void;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(idea?.text ?? '');
  return (
    <Modal
      title={t('live.editTitle')}
      open={idea !== null}
      onClose={onClose}
      submitLabel={t('common.save')}
      onSubmit={() => onChange(() => patch(`/api/ideas/${idea?.id}`, { text: text.trim() }))}
    >
      <TextArea
        label={t('live.ideaText')}
        value={text}
        maxLength={500}
        onChange={(e) => setText(e.target.value)}
      />
    </Modal>
  );
}

function HideIdea({
  idea,
  onClose,
  onChange,
}: {
  idea: StaffIdea | null;
  onClose(): void;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <Modal
      title={t('live.hideTitle')}
      open={idea !== null}
      onClose={onClose}
      submitLabel={t('live.hide')}
      submitVariant="danger"
      onSubmit={async () => {
        setTried(true);
        if (!reason.trim()) throw new Error(t('live.reasonRequired'));
        await onChange(() => post(`/api/ideas/${idea?.id}/hide`, { reason: reason.trim() }));
      }}
    >
      <p className="idea-quote">“{idea?.text}”</p>
      <TextInput
        label={t('live.hideReason')}
        hint={t('live.hideReasonHint')}
        value={reason}
        required
        maxLength={300}
        onChange={(event) => setReason(event.target.value)}
        error={tried && !reason.trim() ? t('live.reasonRequired') : undefined}
      />
    </Modal>
  );
}

function MergeIdea({
  idea,
  candidates,
  onClose,
  onChange,
}: {
  idea: StaffIdea | null;
  candidates: StaffIdea[];
  onClose(): void;
  onChange(action: () => Promise<unknown>): Promise<void>;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [tried, setTried] = useState(false);
  const others = candidates.filter((candidate) => candidate.id !== idea?.id);
  return (
    <Modal
      title={t('live.mergeTitle')}
      open={idea !== null}
      onClose={onClose}
      submitLabel={t('live.merge')}
      onSubmit={async () => {
        setTried(true);
        if (!target) throw new Error(t('live.mergeRequired'));
        await onChange(() => post(`/api/ideas/${idea?.id}/merge`, { intoId: Number(target) }));
      }}
    >
      <p>{t('live.mergeIntro', { text: idea?.text ?? '' })}</p>
      <Select
        label={t('live.mergeTarget')}
        value={target}
        onChange={(event) => setTarget(event.target.value)}
        error={tried && !target ? t('live.mergeRequired') : undefined}
        options={[
          { value: '', label: t('live.chooseIdea') },
          ...others.map((other) => ({ value: String(other.id), label: other.text.slice(0, 90) })),
        ]}
      />
    </Modal>
  );
}
