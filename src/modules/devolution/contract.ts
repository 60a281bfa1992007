import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam, urlInt } from '../../platform/http/input.js';
import { answerView } from '../answers/contract.js';
import { regionCodeSchema } from '../staff/index.js';
import { devolutionEndpoints } from './endpoints.js';

export const ideaReturnResponse = z.object({
  idea: z.object({ id: z.number(), text: z.string() }),
  dialogue: z.object({ id: z.number(), title: z.string(), date: z.string(), regionName: z.string() }),
  mergedInto: z.array(z.object({ id: z.number(), text: z.string() })),
  mergedHere: z.array(z.object({ id: z.number(), text: z.string() })),
  themes: z.array(z.object({ id: z.number(), label: z.string() })),
  /** The official answer (of the idea this one went into, when merged). */
  answer: answerView.nullable(),
  initiatives: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      year: z.number(),
      status: z.enum(['propuesta', 'aprobada', 'en_ejecucion', 'terminada', 'descartada']),
      progressPercent: z.number(),
      discardReason: z.string().nullable(),
      responsibleUnit: z.string(),
      national: z.boolean(),
      fromIdeas: z.array(z.number()),
      milestones: z.array(z.object({ title: z.string(), dueOn: z.string(), doneOn: z.string().nullable() })),
      history: z.array(
        z.object({
          on: z.string(),
          from: z.enum(['propuesta', 'aprobada', 'en_ejecucion', 'terminada', 'descartada']),
          to: z.enum(['propuesta', 'aprobada', 'en_ejecucion', 'terminada', 'descartada']),
        }),
      ),
    }),
  ),
  outcome: z.string(),
});

export const dialogueReturnResponse = z.object({
  dialogue: z.object({ id: z.number(), title: z.string(), date: z.string(), regionName: z.string() }),
  ideas: z.array(
    z.object({
      id: z.number(),
      text: z.string(),
      merged: z.array(z.object({ id: z.number(), text: z.string() })),
      themes: z.array(z.object({ id: z.number(), label: z.string() })),
      answer: answerView.nullable(),
      initiatives: z.array(
        z.object({
          id: z.number(),
          title: z.string(),
          status: z.enum(['propuesta', 'aprobada', 'en_ejecucion', 'terminada', 'descartada']),
          progressPercent: z.number(),
        }),
      ),
    }),
  ),
  summary: z.object({
    ideas: z.number(),
    ideasVisible: z.number(),
    /** Visible ideas with an official answer or an initiative (themes do not count). */
    answered: z.number(),
    initiatives: z.number(),
  }),
});

export const devolutionContract = contract(devolutionEndpoints, {
  ideaReturn: { params: idParam, response: ideaReturnResponse },
  dialogueReturn: { params: idParam, response: dialogueReturnResponse },
  listReturns: {
    query: z.object({
      region: regionCodeSchema.optional(),
      limit: urlInt(1, 100).default(20),
      offset: urlInt(0, 1_000_000).default(0),
    }),
    response: z.object({
      dialogues: z.array(
        z.object({
          id: z.number(),
          title: z.string(),
          date: z.string(),
          regionCode: z.string(),
          regionName: z.string(),
        }),
      ),
      total: z.number(),
      limit: z.number(),
      offset: z.number(),
    }),
  },
});
