import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam, urlId, urlInt } from '../../platform/http/input.js';
import { initiativeEndpoints } from './endpoints.js';
import {
  initiativeListQuery,
  initiativePatchSchema,
  initiativeStatuses,
  milestonePatchSchema,
  milestoneSchema,
  newInitiativeSchema,
  publicPortfolioQuery,
  sourceSchema,
} from './schema.js';

const initiativeStatus = z.enum(initiativeStatuses);

/** An initiative of the portfolio as every list and page shows it. */
const initiative = z.object({
  id: z.number(),
  cycleId: z.number(),
  year: z.number(),
  regionCode: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  responsibleUnit: z.string(),
  budgetPesos: z.number(),
  status: initiativeStatus,
  discardReason: z.string().nullable(),
  progressPercent: z.number(),
  carriedFromId: z.number().nullable(),
  updatedAt: z.string(),
});

export const listInitiativesForResponse = z.object({
  initiatives: z.array(initiative),
});

export const createInitiativeResponse = initiative.extend({
  cycleStatus: z.enum(['abierto', 'cerrado']),
  requiresSource: z.boolean(),
  sources: z.array(
    z.object({
      kind: z.string(),
      refId: z.number(),
      label: z.string().nullable(),
      dialogueId: z.number().nullable(),
      dialogueTitle: z.string().nullable(),
    }),
  ),
  milestones: z.array(
    z.object({ id: z.number(), title: z.string(), dueOn: z.string(), doneOn: z.string().nullable() }),
  ),
  updates: z.array(
    z.object({
      id: z.number(),
      reportedOn: z.string(),
      statusBefore: initiativeStatus,
      statusAfter: initiativeStatus,
      progressBefore: z.number(),
      progressAfter: z.number(),
      note: z.string().nullable(),
      origin: z.enum(['manual', 'bulk', 'carry_over']),
      author: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const candidateIdeasResponse = z.object({
  ideas: z.array(
    z.object({
      id: z.number(),
      text: z.string(),
      dialogueId: z.number(),
      dialogueTitle: z.string(),
      dots: z.number(),
      initiatives: z.array(
        z.object({
          id: z.number(),
          title: z.string(),
          status: initiativeStatus,
        }),
      ),
    }),
  ),
});

export const importProgressResponse = z.object({
  dryRun: z.boolean(),
  applied: z.number(),
  /** How a CSV was read (null for an XLSX); `summary` says it in Spanish for the page. */
  detected: z
    .object({
      delimiter: z.enum([',', ';']),
      encoding: z.enum(['utf-8', 'windows-1252']),
      bom: z.boolean(),
      decimalComma: z.boolean(),
      summary: z.string(),
    })
    .nullable(),
  changes: z.array(
    z.object({
      line: z.number(),
      initiativeId: z.number(),
      title: z.string(),
      regionCode: z.string().nullable(),
      status: z.object({ before: z.string(), after: z.string() }),
      progress: z.object({ before: z.number(), after: z.number() }),
      discardReason: z.string().nullable(),
      note: z.string().nullable(),
      reportedOn: z.string().nullable(),
      changed: z.boolean(),
    }),
  ),
});

/** An initiative as the public portfolio shows it: no staff, no hidden or not yet public idea. */
export const publicInitiativeView = z.object({
  id: z.number(),
  year: z.number(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  responsibleUnit: z.string(),
  budgetPesos: z.number(),
  status: initiativeStatus,
  discardReason: z.string().nullable(),
  progressPercent: z.number(),
  updatedOn: z.string(),
  milestones: z.array(z.object({ title: z.string(), dueOn: z.string(), doneOn: z.string().nullable() })),
  ideas: z.array(z.object({ id: z.number(), text: z.string(), dialogueId: z.number() })),
  dialogues: z.array(
    z.object({ id: z.number(), title: z.string(), date: z.string(), regionName: z.string() }),
  ),
  themes: z.array(z.object({ id: z.number(), label: z.string() })),
});

export const initiativeContract = contract(initiativeEndpoints, {
  listInitiativesFor: { query: initiativeListQuery, response: listInitiativesForResponse },
  createInitiative: { body: newInitiativeSchema, response: createInitiativeResponse },
  getInitiative: { params: idParam, response: createInitiativeResponse },
  updateInitiative: { params: idParam, body: initiativePatchSchema, response: createInitiativeResponse },
  addSource: { params: idParam, body: sourceSchema, response: createInitiativeResponse },
  removeSource: {
    params: z.object({
      id: urlId,
      kind: z.enum(['idea', 'theme']),
      refId: urlId,
    }),
    response: createInitiativeResponse,
  },
  addMilestone: { params: idParam, body: milestoneSchema, response: createInitiativeResponse },
  updateMilestone: { params: idParam, body: milestonePatchSchema, response: createInitiativeResponse },
  candidateIdeas: { params: idParam, response: candidateIdeasResponse },
  progressTemplate: { params: idParam },
  publicPortfolio: {
    query: publicPortfolioQuery.extend({
      limit: urlInt(1, 100).default(20),
      offset: urlInt(0, 1_000_000).default(0),
    }),
    response: z.object({
      initiatives: z.array(publicInitiativeView),
      total: z.number(),
      limit: z.number(),
      offset: z.number(),
    }),
  },
  publicPortfolioCsv: { query: publicPortfolioQuery },
  publicPortfolioJson: { query: publicPortfolioQuery },
  publicInitiative: {
    params: idParam,
    response: publicInitiativeView.extend({
      history: z.array(
        z.object({
          on: z.string(),
          statusBefore: initiativeStatus,
          statusAfter: initiativeStatus,
          progressBefore: z.number(),
          progressAfter: z.number(),
          note: z.string().nullable(),
        }),
      ),
    }),
  },
  importProgress: {
    query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
    response: importProgressResponse,
  },
});
