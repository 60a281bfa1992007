import type { DialoguePhase, DialogueStatus } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors/index.js';

/** How statuses and phases read in messages, in both languages. */
const statusWords: Record<DialogueStatus, { es: string; en: string }> = {
  draft: { es: 'borrador', en: 'draft' },
  open: { es: 'inscripción abierta', en: 'open for registration' },
  live: { es: 'en vivo', en: 'live' },
  closed: { es: 'cerrado', en: 'closed' },
};
const phaseWords: Record<DialoguePhase, { es: string; en: string }> = {
  ideation: { es: 'ideas', en: 'ideation' },
  voting: { es: 'votación', en: 'voting' },
  evaluation: { es: 'evaluación', en: 'evaluation' },
};

/** Where the dialogue is now: its phase while live, else its status. */
function where(dialogue: { status: DialogueStatus; phase: DialoguePhase | null }) {
  return dialogue.status === 'live' && dialogue.phase
    ? phaseWords[dialogue.phase]
    : statusWords[dialogue.status];
}

export function wrongPhase(
  expected: DialoguePhase,
  dialogue: { status: DialogueStatus; phase: DialoguePhase | null },
) {
  const now = where(dialogue);
  return new AppError('wrong_phase', {
    expected,
    phase: dialogue.phase ?? dialogue.status,
    expectedEs: phaseWords[expected].es,
    expectedEn: phaseWords[expected].en,
    phaseEs: now.es,
    phaseEn: now.en,
  });
}

export function wrongStatus(expected: DialogueStatus, dialogue: { status: DialogueStatus }) {
  return new AppError('wrong_status', {
    expected,
    status: dialogue.status,
    expectedEs: statusWords[expected].es,
    expectedEn: statusWords[expected].en,
    statusEs: statusWords[dialogue.status].es,
    statusEn: statusWords[dialogue.status].en,
  });
}
