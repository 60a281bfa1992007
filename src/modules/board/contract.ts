import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { isoDate } from '../cycles/index.js';
import { regionCodeSchema } from '../staff/index.js';
import { boardEndpoints } from './endpoints.js';

export const cycleBoardResponse = z.object({
  cycle: z.object({
    id: z.number(),
    year: z.number(),
    title: z.string(),
    status: z.enum(['abierto', 'cerrado']),
  }),
  on: z.string(),
  tracks: z.array(
    z.object({
      trackId: z.number(),
      regionCode: z.string(),
      regionName: z.string(),
      currentPhase: z.string(),
      phasesCompleted: z.number(),
      phasesTotal: z.literal(5),
      phases: z.array(
        z.object({
          phase: z.string(),
          startsOn: z.string(),
          endsOn: z.string(),
          completedAt: z.string().nullable(),
        }),
      ),
      dialogues: z.number(),
      feedbackPlanned: z.number(),
      feedbackHeld: z.number(),
      initiatives: z.record(z.string(), z.number()),
      late: z.array(z.object({ kind: z.string(), label: z.string(), due: z.string(), id: z.number() })),
    }),
  ),
  nationalInitiatives: z.record(z.string(), z.number()),
});

export const cycleIndicatorsResponse = z.object({
  cycle: z.object({ id: z.number(), year: z.number() }),
  regions: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      ideas: z.number(),
      ideasWithOutcome: z.number(),
      outcomeShare: z.number().nullable(),
      initiatives: z.record(z.string(), z.number()),
      dialogues: z.number(),
      dialoguesWithFeedback: z.number(),
      medianDaysToFirstFeedback: z.number().nullable(),
      feedbackPlanned: z.number(),
      feedbackHeld: z.number(),
    }),
  ),
  nationalInitiatives: z.record(z.string(), z.number()),
  satisfaction: z.array(
    z.object({ positiveShare: z.number().nullable(), year: z.number(), total: z.number() }),
  ),
});

export const boardContract = contract(boardEndpoints, {
  cycleBoard: { params: idParam, query: z.object({ on: isoDate.optional() }), response: cycleBoardResponse },
  cycleIndicators: {
    params: idParam,
    query: z.object({ region: regionCodeSchema.optional() }),
    response: cycleIndicatorsResponse,
  },
});
