import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { synthesisEndpoints } from './endpoints.js';
import {
  duplicatesParams,
  duplicatesQuery,
  mergeSchema,
  moveSchema,
  renameSchema,
  runSchema,
  splitSchema,
  themesQuery,
} from './schema.js';

export const runThemesResponse = z.object({
  runId: z.number(),
  scope: z.string(),
  k: z.number(),
  kChoice: z.string(),
  ideaCount: z.number(),
  themeCount: z.number(),
});

export const themeJobResponse = z.object({
  id: z.number(),
  scope: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  stage: z.string().nullable(),
  percent: z.number(),
  ideaCount: z.number(),
  k: z.number().nullable(),
  runId: z.number().nullable(),
  result: runThemesResponse.nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const listThemesResponse = z.object({
  scope: z.string(),
  cycle: z.object({ id: z.number(), year: z.number(), status: z.string() }).nullable(),
  partial: z.boolean(),
  canChange: z.boolean(),
  run: z
    .object({
      id: z.number(),
      createdAt: z.string(),
      k: z.number(),
      kChoice: z.string(),
      ideaCount: z.number(),
    })
    .nullable(),
  unassigned: z.number(),
  /** A run under way for this scope, for the screen to follow. */
  job: themeJobResponse.nullable(),
  themes: z.array(
    z.object({
      id: z.number(),
      label: z.string(),
      keywords: z.array(z.string()),
      kept: z.boolean(),
      labelLocked: z.boolean(),
      ideaCount: z.number(),
      dialogueCount: z.number(),
      dots: z.number(),
    }),
  ),
});

export const getThemeResponse = z.object({
  id: z.number(),
  scope: z.string(),
  label: z.string(),
  keywords: z.array(z.string()),
  /** Why these ideas are together: phrases they share, with how many ideas say each (at the last run). */
  phrases: z.array(z.object({ phrase: z.string(), ideas: z.number() })),
  /** Ids of the 3–5 ideas that best represent the theme, best first (among `ideas`). */
  representatives: z.array(z.number()),
  status: z.enum(['merged', 'active', 'retired']),
  mergedIntoId: z.number().nullable(),
  kept: z.boolean(),
  labelLocked: z.boolean(),
  /** When the theme was published (named on the public return); null while it is not. */
  publishedAt: z.string().nullable(),
  partial: z.boolean(),
  canChange: z.boolean(),
  dots: z.number(),
  ideas: z.array(
    z.object({
      id: z.number(),
      text: z.string(),
      dots: z.number(),
      pinned: z.boolean(),
      dialogue: z.object({ id: z.number(), title: z.string(), date: z.string(), regionCode: z.string() }),
      table: z.object({ number: z.number(), name: z.string().nullable() }).nullable(),
    }),
  ),
});

export const renameThemeResponse = z.object({ id: z.number(), label: z.string() });

export const publishThemeResponse = z.object({
  id: z.number(),
  label: z.string(),
  publishedAt: z.string().nullable(),
});

export const mergeThemeResponse = z.object({ id: z.number(), moved: z.number() });

export const splitThemeResponse = z.object({ id: z.number(), label: z.string(), moved: z.number() });

export const moveIdeaResponse = z.object({ ideaId: z.number(), themeId: z.number() });

export const findDuplicatesResponse = z.object({
  ideaId: z.number(),
  duplicates: z.array(z.object({ ideaId: z.number(), text: z.string(), score: z.number() })),
});

export const synthesisContract = contract(synthesisEndpoints, {
  runThemes: { body: runSchema, response: runThemesResponse },
  startThemeJob: { body: runSchema, response: themeJobResponse },
  getThemeJob: { params: idParam, response: themeJobResponse },
  cancelThemeJob: { params: idParam, response: themeJobResponse },
  listThemes: { query: themesQuery, response: listThemesResponse },
  getTheme: { params: idParam, response: getThemeResponse },
  renameTheme: { params: idParam, body: renameSchema, response: renameThemeResponse },
  publishTheme: {
    params: idParam,
    body: z.object({ published: z.boolean() }),
    response: publishThemeResponse,
  },
  mergeTheme: { params: idParam, body: mergeSchema, response: mergeThemeResponse },
  splitTheme: { params: idParam, body: splitSchema, response: splitThemeResponse },
  moveIdea: { params: idParam, body: moveSchema, response: moveIdeaResponse },
  findDuplicates: { params: duplicatesParams, query: duplicatesQuery, response: findDuplicatesResponse },
});
