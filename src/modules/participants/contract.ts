import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { ratings } from '../../platform/vocabulary.js';
import { joinCodeParam } from '../dialogues/index.js';
import { joinOrganizationQuery } from '../organizations/index.js';
import { participantEndpoints } from './endpoints.js';
import { joinSchema } from './schema.js';

/** A dialogue as a phone sees it: where, when, the rules of the dots, the questions and tables. */
const roomDialogue = z.object({
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  date: z.string(),
  venue: z.string().nullable(),
  agenda: z.string().nullable(),
  status: z.enum(['draft', 'open', 'live', 'closed']),
  phase: z.enum(['ideation', 'voting', 'evaluation']).nullable(),
  dotsPerParticipant: z.number(),
  maxDotsPerIdea: z.number(),
  questions: z.array(z.object({ id: z.number(), position: z.number(), text: z.string() })),
  tables: z.array(z.object({ number: z.number(), id: z.number(), name: z.string() })),
});

export const joinInfoResponse = roomDialogue.extend({ dialogueId: z.number() });

export const joinOrganizationsResponse = z.object({
  organizations: z.array(z.object({ id: z.number(), name: z.string(), kind: z.string().nullable() })),
});

export const joinDialogueResponse = z.object({ participantId: z.number(), deviceToken: z.string() });

export const participantStateResponse = z.object({
  participant: z.object({ id: z.number(), tableId: z.number().nullable(), name: z.string().nullable() }),
  dialogue: roomDialogue.extend({ id: z.number() }),
  myIdeas: z.array(
    z.object({
      id: z.number(),
      questionId: z.number().nullable(),
      text: z.string(),
      editable: z.boolean(),
      createdAt: z.string(),
      /** What became of it: shown, hidden by the team (with its reason), merged (into which idea), late (arrived after ideation, waiting for the team). */
      fate: z.object({
        state: z.enum(['shown', 'hidden', 'merged', 'late']),
        reason: z.string().nullable(),
        mergedInto: z.object({ id: z.number(), text: z.string() }).nullable(),
      }),
      /** At the close, its dots after merges (null before, and for a merged one). */
      dots: z.number().nullable(),
    }),
  ),
  /** Hidden ideas that still hold some of this person's dots. */
  retired: z.array(z.object({ id: z.number(), text: z.string(), reason: z.string().nullable() })),
  /** At the close, the top 5 of each question (ties share a rank); empty before. */
  finalRanking: z.array(
    z.object({
      ideaId: z.number(),
      questionId: z.number(),
      text: z.string(),
      dots: z.number(),
      rank: z.number(),
    }),
  ),
  tableIdeas: z.number(),
  ideas: z.array(
    z.object({
      id: z.number(),
      questionId: z.number().nullable(),
      tableId: z.number().nullable(),
      text: z.string(),
    }),
  ),
  myDots: z.record(z.string(), z.number()),
  dotsLeft: z.number(),
  evaluation: z.object({ rating: z.enum(ratings), comment: z.string().nullable() }).nullable(),
  /** The projector's countdown (ISO instant it ends) while the dialogue is live; null when none runs. */
  countdownEndsAt: z.string().nullable(),
  lastEventId: z.number(),
});

export const participantContract = contract(participantEndpoints, {
  joinInfo: { params: joinCodeParam, response: joinInfoResponse },
  joinOrganizations: {
    params: joinCodeParam,
    query: joinOrganizationQuery,
    response: joinOrganizationsResponse,
  },
  joinDialogue: { params: joinCodeParam, body: joinSchema, response: joinDialogueResponse },
  participantState: { response: participantStateResponse },
});
