import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { dialoguePhaseSchema, dialogueStatusSchema } from '../dialogues/contract.js';
import { screenEndpoints } from './endpoints.js';

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

export const screenContract = contract(screenEndpoints, {
  screen: { params: idParam, response: screenStateSchema },
});

export type ScreenState = z.output<typeof screenStateSchema>;
