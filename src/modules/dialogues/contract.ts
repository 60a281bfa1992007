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
  /** The dialogue's figures (src/modules/figures): ideas proposed, visible and hidden. */
  counts: z.object({
    participants: z.number(),
    ideas: z.number(),
    ideasVisible: z.number(),
    ideasHidden: z.number(),
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

export const joinAddressesSchema = z.object({
  baseUrl: z.string(),
  source: z.enum(['public', 'lan', 'request']),
  addresses: z.array(z.string()),
  chosen: z.string().nullable(),
});

export const dialogueContract = contract(dialogueEndpoints, {
  joinAddresses: { response: joinAddressesSchema },
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
});

export type DialogueSummary = z.output<typeof dialogueSummarySchema>;
export type Dialogue = z.output<typeof dialogueSchema>;
export type JoinAddresses = z.output<typeof joinAddressesSchema>;
export type Question = z.output<typeof questionSchema>;
export type DialogueTableInfo = z.output<typeof dialogueTableSchema>;

export { dialoguePhaseSchema, dialogueStatusSchema } from './schema.js';
