// The FORMAT.md vocabularies come from the server's one copy.
import type { Rating } from '../../../../src/platform/vocabulary.js';
import type { api, ResponseOf } from '../../app/client.js';

export {
  ageBands,
  genders,
  organizationKinds,
  type Rating,
  ratings,
  sectors,
} from '../../../../src/platform/vocabulary.js';

/** The dialogue room's shapes, as the server's contracts declare them (docs/api/dialogue-room.md). */
export type Dialogue = ResponseOf<typeof api.dialogues.get>;
export type DialogueSummary = ResponseOf<typeof api.dialogues.list>['dialogues'][number];
export type DialogueStatus = Dialogue['status'];
export type DialoguePhase = NonNullable<Dialogue['phase']>;
export type DialogueCounts = Dialogue['counts'];
export type Question = Dialogue['questions'][number];
export type DialogueTableInfo = Dialogue['tables'][number];
export type StaffIdea = ResponseOf<typeof api.ideas.listStaffIdeas>['ideas'][number];
export type ScreenState = ResponseOf<typeof api.screen.screen>;
export type JoinInfo = ResponseOf<typeof api.participants.joinInfo>;
export type ParticipantState = ResponseOf<typeof api.participants.participantState>;
/** A participant's evaluation rating (FORMAT.md). */
export type ParticipantEvaluation = { rating: Rating; comment: string | null };

export const phases: DialoguePhase[] = ['ideation', 'voting', 'evaluation'];
