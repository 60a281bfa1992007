import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import type { api, BodyOf, ResponseOf } from '../../app/client.js';
import { Button, ErrorMessage, Select, TextArea, TextInput } from '../../ui/index.js';

export type AnswerBody = BodyOf<typeof api.answers.answerIdea>;
export type GivenAnswer = NonNullable<
  ResponseOf<typeof api.answers.dialogueAnswers>['ideas'][number]['answer']
>;
export type AnswerStatus = AnswerBody['status'];
export const answerStatusList: AnswerStatus[] = ['en_estudio', 'priorizada', 'no_priorizada', 'ya_existe'];

/** An initiative an answer «priorizada» can name (of the idea's region or the nation). */
export interface InitiativeChoice {
  id: number;
  title: string;
  year: number;
  regionCode: string | null;
}

/**
 * The official answer form, for one idea or for a whole theme (`bulk`): the status decides the
 * extra field (the initiative from a list, the reason, the link); the server checks them again.
 */
export function AnswerForm({
  legend,
  initial,
  initiatives,
  bulk = false,
  onSubmit,
}: {
  legend: string;
  initial?: GivenAnswer | null;
  initiatives: InitiativeChoice[];
  bulk?: boolean;
  onSubmit(body: AnswerBody & { onlyUnanswered?: boolean }): Promise<void>;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AnswerStatus>(initial?.status ?? 'en_estudio');
  const [text, setText] = useState(initial?.text ?? '');
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [link, setLink] = useState(initial?.link ?? '');
  const [initiativeId, setInitiativeId] = useState(initial?.initiative ? String(initial.initiative.id) : '');
  const [onlyUnanswered, setOnlyUnanswered] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const issue = (field: string) =>
    error?.issues.find((entry) => entry.path === `body.${field}` || entry.path === field)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        status,
        text,
        reason: status === 'no_priorizada' ? reason : null,
        link: status === 'ya_existe' ? link : null,
        initiativeId: status === 'priorizada' && initiativeId ? Number(initiativeId) : null,
        ...(bulk ? { onlyUnanswered } : {}),
      });
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'network', String(reason)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="answer-form" onSubmit={(event) => void submit(event)} aria-label={legend}>
      <fieldset>
        <legend>{legend}</legend>
        <Select
          label={t('cycle.answers.status')}
          value={status}
          options={answerStatusList.map((value) => ({
            value,
            label: t(`cycle.public.answerStatuses.${value}`),
          }))}
          onChange={(event) => setStatus(event.target.value as AnswerStatus)}
        />
        {status === 'priorizada' ? (
          <Select
            label={t('cycle.answers.initiative')}
            value={initiativeId}
            required
            error={issue('initiativeId')}
            hint={initiatives.length ? undefined : t('cycle.answers.noInitiatives')}
            options={[
              { value: '', label: t('cycle.answers.chooseInitiative') },
              ...initiatives.map((initiative) => ({
                value: String(initiative.id),
                label: `${initiative.title} (${initiative.year})`,
              })),
            ]}
            onChange={(event) => setInitiativeId(event.target.value)}
          />
        ) : null}
        {status === 'no_priorizada' ? (
          <TextArea
            label={t('cycle.answers.reason')}
            value={reason}
            required
            maxLength={1000}
            rows={2}
            error={issue('reason')}
            onChange={(event) => setReason(event.target.value)}
          />
        ) : null}
        {status === 'ya_existe' ? (
          <TextInput
            label={t('cycle.answers.link')}
            type="url"
            value={link}
            required
            maxLength={500}
            placeholder="https://"
            error={issue('link')}
            onChange={(event) => setLink(event.target.value)}
          />
        ) : null}
        <TextArea
          label={t('cycle.answers.text')}
          hint={t('cycle.answers.textHint')}
          value={text}
          required
          maxLength={2000}
          rows={3}
          error={issue('text')}
          onChange={(event) => setText(event.target.value)}
        />
        {bulk ? (
          <label className="check">
            <input
              type="checkbox"
              checked={onlyUnanswered}
              onChange={(event) => setOnlyUnanswered(event.target.checked)}
            />
            <span>{t('cycle.answers.onlyUnanswered')}</span>
          </label>
        ) : null}
        <ErrorMessage error={error} />
        <Button type="submit" disabled={busy}>
          {bulk ? t('cycle.answers.answerTheme') : t('cycle.answers.save')}
        </Button>
      </fieldset>
    </form>
  );
}
