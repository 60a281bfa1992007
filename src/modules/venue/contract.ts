import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { venueEndpoints } from './endpoints.js';

export const importSummarySchema = z.object({
  alreadyImported: z.boolean(),
  importedAt: z.string(),
  checkoutId: z.string(),
  dialogueId: z.number(),
  participants: z.number(),
  ideas: z.number(),
  merges: z.number(),
  votes: z.number(),
  evaluations: z.number(),
  events: z.number(),
  organizationsMatched: z.number(),
  organizationsAdded: z.number(),
});

export const openedSchema = z.object({
  alreadyOpened: z.boolean(),
  checkoutId: z.string(),
  dialogueId: z.number(),
  title: z.string(),
  accounts: z.array(z.string()),
});

export const venueContract = contract(venueEndpoints, {
  checkout: { params: idParam },
  importExport: { response: importSummarySchema },
  openCheckout: { response: openedSchema },
});

export type ImportSummaryBody = z.output<typeof importSummarySchema>;
export type OpenedBody = z.output<typeof openedSchema>;
