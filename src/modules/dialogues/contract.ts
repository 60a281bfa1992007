import { z } from 'zod';
import { contract, timestamp } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { dialogueEndpoints } from './endpoints.js';
import {
  dialogueListQuery,
  dialoguePatchSchema,
  dialoguePhaseSchema,
  dialogueStatusSchema,
  facilitatorsSchema,
  newDialogueSchema,
  phaseChangeSchema,
  statusChangeSchema,
} from './schema.js';

export const questionSchema = z.object({ id: z.number(), position: z.number(), text: z.string() });
export const dialogueTableSchema = z.object({ id: z.number(), number: z.number(), name: z.string() });

export const dialogueSummarySchema = z.object({
  id: z.number(),
  regionCode: z.string(),
  title: z.string(),
  date: z.string(),
  venue: z.string().nullable(),
  agenda: z.string().nullable(),
  status: dialogueStatusSchema,
  phase: dialoguePhaseSchema.nullable(),
  dotsPerParticipant: z.number(),
  maxDotsPerIdea: z.number(),
  joinCode: z.string(),
  joinUrl: z.string(),
  counts: z.object({
    participants: z.number(),
    ideas: z.number(),
    dotsSpent: z.number(),
    dotsTotal: z.number(),
    evaluations: z.number(),
  }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const dialogueSchema = dialogueSummarySchema.extend({
  questions: z.array(questionSchema),
  tables: z.array(dialogueTableSchema),
  facilitators: z.array(z.object({ id: z.number(), name: z.string(), email: z.string() })),
});

export const screenStateSchema = z.object({
  dialogue: z.object({
    id: z.number(),
    title: z.string(),
    regionCode: z.string(),
    status: dialogueStatusSchema,
    phase: dialoguePhaseSchema.nullable(),
    joinCode: z.string(),
    joinUrl: z.string(),
  }),
  participants: z.number(),
  participantsPerTable: z.array(
    z.object({
      tableId: z.number(),
      number: z.number(),
      name: z.string(),
      participants: z.number(),
      ideas: z.number(),
    }),
  ),
  ranking: z.array(z.object({ ideaId: z.number(), text: z.string(), dots: z.number() })),
  participantsDone: z.number(),
  dotsSpent: z.number(),
  dotsTotal: z.number(),
  evaluation: z.object({
    responses: z.number(),
    excellentOrGood: z.number(),
    excellentOrGoodShare: z.number(),
  }),
  lastEventId: z.number(),
});

export const dialogueContract = contract(dialogueEndpoints, {
  list: {
    query: dialogueListQuery,
    response: z.object({ dialogues: z.array(dialogueSummarySchema), total: z.number() }),
  },
  create: { body: newDialogueSchema, response: dialogueSchema },
  get: { params: idParam, response: dialogueSchema },
  update: { params: idParam, body: dialoguePatchSchema, response: dialogueSchema },
  status: { params: idParam, body: statusChangeSchema, response: dialogueSchema },
  phase: { params: idParam, body: phaseChangeSchema, response: dialogueSchema },
  facilitators: { params: idParam, body: facilitatorsSchema, response: dialogueSchema },
  qr: { params: idParam },
  screen: { params: idParam, response: screenStateSchema },
});

export type DialogueSummary = z.output<typeof dialogueSummarySchema>;
export type Dialogue = z.output<typeof dialogueSchema>;
export type ScreenState = z.output<typeof screenStateSchema>;
export type Question = z.output<typeof questionSchema>;
export type DialogueTableInfo = z.output<typeof dialogueTableSchema>;
