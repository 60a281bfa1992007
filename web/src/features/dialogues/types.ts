// The FORMAT.md vocabularies come from the server's one copy.
import type { Rating } from '../../../../src/platform/vocabulary.js';

export {
  ageBands,
  genders,
  organizationKinds,
  type Rating,
  ratings,
  sectors,
} from '../../../../src/platform/vocabulary.js';
/** Shapes of the dialogue room API (docs/api/dialogue-room.md), shared by the room's screens. */

export type DialogueStatus = 'draft' | 'open' | 'live' | 'closed';
export type DialoguePhase = 'ideation' | 'voting' | 'evaluation';

export interface Question {
  id: number;
  position: number;
  text: string;
}

export interface DialogueTableInfo {
  id: number;
  number: number;
  name: string;
}

export interface DialogueCounts {
  participants: number;
  ideas: number;
  dotsSpent: number;
  dotsTotal: number;
  evaluations: number;
}

export interface DialogueSummary {
  id: number;
  regionCode: string;
  title: string;
  date: string;
  venue: string | null;
  agenda: string | null;
  status: DialogueStatus;
  phase: DialoguePhase | null;
  dotsPerParticipant: number;
  maxDotsPerIdea: number;
  joinCode: string;
  joinUrl: string;
  counts?: DialogueCounts;
  createdAt: string;
  updatedAt: string;
}

export interface Dialogue extends DialogueSummary {
  questions: Question[];
  tables: DialogueTableInfo[];
  facilitators: Array<{ id: number; name: string; email: string }>;
}

export interface StaffIdea {
  id: number;
  dialogueId: number;
  questionId: number | null;
  tableId: number | null;
  text: string;
  source: 'phone' | 'card' | 'import';
  hiddenReason: string | null;
  mergedIntoId: number | null;
  dots: number;
  totalDots: number;
  createdAt: string;
  updatedAt: string;
}

export interface ScreenState {
  dialogue: {
    id: number;
    title: string;
    regionCode: string;
    status: DialogueStatus;
    phase: DialoguePhase | null;
    joinCode: string;
    joinUrl: string;
  };
  participants: number;
  participantsPerTable: Array<{
    tableId: number;
    number: number;
    name: string;
    participants: number;
    ideas: number;
  }>;
  ranking: Array<{ ideaId: number; text: string; dots: number }>;
  participantsDone: number;
  dotsSpent: number;
  dotsTotal: number;
  evaluation: { responses: number; excellentOrGood: number; excellentOrGoodShare: number };
  lastEventId: number;
}

export interface JoinInfo {
  dialogueId: number;
  title: string;
  regionCode: string;
  regionName: string;
  date: string;
  venue: string | null;
  agenda: string | null;
  status: DialogueStatus;
  phase: DialoguePhase | null;
  tables: DialogueTableInfo[];
  questions: Question[];
}

export interface ParticipantState {
  participant: { id: number; tableId: number | null; name: string | null };
  dialogue: {
    id: number;
    title: string;
    regionName: string;
    date: string;
    venue: string | null;
    agenda: string | null;
    status: DialogueStatus;
    phase: DialoguePhase | null;
    dotsPerParticipant: number;
    maxDotsPerIdea: number;
    questions: Question[];
    tables: DialogueTableInfo[];
  };
  myIdeas: Array<{
    id: number;
    questionId: number | null;
    text: string;
    editable: boolean;
    createdAt: string;
  }>;
  tableIdeas: number;
  ideas: Array<{ id: number; questionId: number | null; tableId: number | null; text: string }>;
  myDots: Record<string, number>;
  dotsLeft: number;
  evaluation: { rating: Rating; comment: string | null } | null;
  lastEventId: number;
}

export const phases: DialoguePhase[] = ['ideation', 'voting', 'evaluation'];
