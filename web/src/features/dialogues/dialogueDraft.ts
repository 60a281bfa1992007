import type { Dialogue } from './types.js';

/** The dialogue form's state (text as typed): empty, from a dialogue, and checked as the server would. */
export interface Draft {
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

export const emptyDraft = (regionCode: string): Draft => ({
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

export const fromDialogue = (dialogue: Dialogue): Draft => ({
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
export function validate(draft: Draft, t: (key: string) => string): Record<string, string> {
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
