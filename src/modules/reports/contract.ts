import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { csvFormatQuery, urlId } from '../../platform/http/input.js';
import { reportEndpoints } from './endpoints.js';

export const scopeQuery = z.object({
  region: z
    .string()
    .regex(/^CL-[A-Z]{2}$/)
    .optional(),
  dialogue: urlId.optional(),
});

export const csvQuery = scopeQuery.merge(csvFormatQuery).extend({
  table: z
    .string()
    .regex(/^[a-z_]+$/)
    .default('regiones'),
});

/** The figures of the report (FORMAT.md), for the nation or the region asked and for each region. */
const reportFigures = z.object({
  dialogues: z.number(),
  participants: z.number(),
  organizations: z.number(),
  ideas: z.number(),
  ideas_after_merge: z.number(),
  dots: z.number(),
  concentration: z.object({
    top_share: z.record(z.string(), z.number()),
    ideas_for_share: z.record(z.string(), z.number().nullable()),
    gini: z.number(),
  }),
  evaluation: z.object({ responses: z.number(), excellent_or_good_share: z.number() }),
});

export const reportForResponse = reportFigures.extend({
  by_region: z.array(reportFigures.extend({ region_code: z.string() })),
});

/** Every named figure (platform/vocabulary.ts `figureNames`), defined once in src/modules/figures. */
export const figureSet = z.object({
  dialogues: z.number(),
  participants: z.number(),
  organizations: z.number(),
  ideas: z.number(),
  ideas_after_merge: z.number(),
  ideas_visible: z.number(),
  ideas_hidden: z.number(),
  dots: z.number(),
  dots_on_hidden: z.number(),
  evaluations: z.number(),
});

export const buildDashboardResponse = z.object({
  report: reportForResponse,
  figures: figureSet,
  regionFigures: z.array(figureSet.extend({ region_code: z.string() })),
  summary: z.string(),
  dialogues: z.array(
    z.object({
      region_name: z.string(),
      region_number: z.number(),
      id: z.number(),
      date: z.string(),
      title: z.string(),
      region_code: z.string(),
      status: z.enum(['draft', 'open', 'live', 'closed']),
      published_at: z.string().nullable(),
    }),
  ),
  participation: z.object({
    kind: z.array(z.object({ key: z.string().nullable(), count: z.number() })),
    sector: z.array(z.object({ key: z.string().nullable(), count: z.number() })),
    gender: z.array(z.object({ key: z.string().nullable(), count: z.number() })),
    age_band: z.array(z.object({ key: z.string().nullable(), count: z.number() })),
  }),
  ideasByTable: z.array(z.object({ key: z.string().nullable(), count: z.number() })),
  ideasByQuestion: z.array(z.object({ key: z.string().nullable(), count: z.number() })),
  ratings: z.record(z.string(), z.number()),
  lorenz: z.array(z.tuple([z.number(), z.number()])),
  topIdeas: z.array(
    z.object({
      id: z.number(),
      text: z.string(),
      dots: z.number(),
      region_code: z.string(),
      dialogue: z.string(),
    }),
  ),
  /** The online consultations of the scope (none for one dialogue's or a facilitator's). */
  consultations: z
    .object({
      consultations: z.number(),
      participants: z.number(),
      statements: z.number(),
      votes: z.number(),
    })
    .nullable(),
});

export const reportContract = contract(reportEndpoints, {
  reportFor: { query: scopeQuery, response: reportForResponse },
  buildDashboard: { query: scopeQuery, response: buildDashboardResponse },
  exportPdf: { query: scopeQuery },
  exportXlsx: { query: scopeQuery },
  exportCsv: { query: csvQuery },
});
