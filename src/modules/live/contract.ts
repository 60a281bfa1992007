import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { liveEndpoints } from './endpoints.js';

export const liveContract = contract(liveEndpoints, {
  dialogue: { params: idParam },
});

/** One event as the dialogue socket sends it to the room, the console and the projector. */
export const liveEventSchema = z.object({
  id: z.number(),
  event: z.string(),
  payload: z.record(z.string(), z.unknown()),
});
export type LiveEvent = z.output<typeof liveEventSchema>;
