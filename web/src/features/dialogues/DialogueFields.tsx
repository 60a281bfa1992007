import { useTranslation } from 'react-i18next';
import { Alert, Button, TextArea, TextInput } from '../../ui/index.js';
import type { Draft } from './dialogueDraft.js';

/** What each part of the dialogue form gets: the draft, its setters, and the message to show per field. */
export interface FieldsProps {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  setItem: (key: 'questions' | 'tables', index: number, value: string) => void;
  touch: (key: string) => void;
  shown: (key: string) => string | undefined;
}

/** The challenge questions («¿Cómo podríamos…?»), one row each, added and removed. */
export function QuestionsFieldset({ draft, set, setItem, touch, shown }: FieldsProps) {
  const { t } = useTranslation();
  return (
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
      <Button variant="secondary" onClick={() => set('questions', [...draft.questions, '¿Cómo podríamos '])}>
        {t('dialogues.form.addQuestion')}
      </Button>
    </fieldset>
  );
}

/** The names of the tables, one row each, added and removed. */
export function TablesFieldset({ draft, set, setItem, touch, shown }: FieldsProps) {
  const { t } = useTranslation();
  return (
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
  );
}

/** The dots per participant and per idea, locked once the voting has begun. */
export function DotsFields({
  draft,
  set,
  touch,
  shown,
  locked,
}: Omit<FieldsProps, 'setItem'> & { locked: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {locked ? <Alert kind="info">{t('dialogues.form.locked')}</Alert> : null}
      <div className="form-columns">
        <TextInput
          label={t('dialogues.form.dots')}
          inputMode="numeric"
          value={draft.dotsPerParticipant}
          disabled={locked}
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
          disabled={locked}
          onChange={(event) => {
            set('maxDotsPerIdea', event.target.value);
            touch('maxDotsPerIdea');
          }}
          error={shown('maxDotsPerIdea')}
        />
      </div>
    </>
  );
}
