import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { rolloutEndpoints } from './endpoints.js';
import {
  assignVersionSchema,
  criterionSchema,
  evaluationSchema,
  evidenceSchema,
  findingSchema,
  pilotSuggestionSchema,
  pilotsSchema,
  scoresSchema,
  versionSchema,
  wavePatchSchema,
  wavePlanSchema,
} from './schema.js';

export const suggestPilotsResponse = z.object({
  indicators: z.array(
    z.enum([
      'population_2024',
      'population_15plus_2024',
      'rural_share_2024',
      'labour_force_2024_thousands',
      'participation_rate_2024',
    ]),
  ),
  exact: z.boolean(),
  cost: z.number(),
  pilots: z.array(
    z.object({
      regionCode: z.string(),
      name: z.string(),
      represents: z.array(z.object({ regionCode: z.string(), name: z.string(), distance: z.number() })),
      meanDistance: z.number(),
      indicators: z.array(
        z.object({
          key: z.enum([
            'population_2024',
            'population_15plus_2024',
            'rural_share_2024',
            'labour_force_2024_thousands',
            'participation_rate_2024',
          ]),
          pilot: z.number(),
          groupMin: z.number(),
          groupMax: z.number(),
          groupMean: z.number(),
        }),
      ),
    }),
  ),
  projection: z.object({
    explained: z.tuple([z.number(), z.number()]),
    loadings: z.array(z.record(z.string(), z.number())),
    points: z.array(
      z.object({
        regionCode: z.string(),
        name: z.string(),
        x: z.number(),
        y: z.number(),
        pilotIndex: z.number(),
        isPilot: z.boolean(),
      }),
    ),
  }),
});

export const setPilotsResponse = z.object({ regions: z.array(z.string()) });

export const addCriterionResponse = z.object({ id: z.number() });

export const getEvaluationResponse = z.object({
  id: z.number(),
  regionCode: z.string(),
  title: z.string(),
  heldOn: z.string(),
  summary: z.string(),
  updatedAt: z.string(),
  scores: z.array(z.object({ criterionId: z.number(), score: z.number(), comment: z.string().nullable() })),
  findings: z.array(z.object({ id: z.number(), text: z.string() })),
  evidence: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(['dialogue', 'council_session', 'indicator', 'document']),
      refId: z.string().nullable(),
      url: z.string().nullable(),
      label: z.string(),
      findingId: z.number().nullable(),
    }),
  ),
});

export const getOverviewResponse = z.object({
  canEdit: z.boolean(),
  indicators: z.array(
    z.object({
      key: z.enum([
        'population_2024',
        'population_15plus_2024',
        'rural_share_2024',
        'labour_force_2024_thousands',
        'participation_rate_2024',
      ]),
      source: z.enum([
        'INE, Estimaciones y proyecciones de población 1992-2050 (base Censo 2017), 2024',
        'INE, Estimaciones y proyecciones de población (15 años y más), 2024',
        'INE, proyecciones de población por área urbana/rural, 2024',
        'INE, Encuesta Nacional de Empleo, fuerza de trabajo 2024 (miles)',
        'INE, Encuesta Nacional de Empleo, tasa de participación 2024',
      ]),
    }),
  ),
  regions: z.array(
    z.object({
      currentVersion: z.object({ id: z.number(), label: z.string(), since: z.string() }).nullable(),
      versionHistory: z.array(
        z.object({
          versionId: z.number(),
          label: z.string(),
          since: z.string(),
          note: z.string().nullable(),
        }),
      ),
      number: z.number(),
      code: z.string(),
      name: z.string(),
      roman: z.string(),
      macrozone: z.string(),
      population_2024: z.number(),
      population_15plus_2024: z.number(),
      rural_share_2024: z.number(),
      labour_force_2024_thousands: z.number(),
      participation_rate_2024: z.number(),
    }),
  ),
  pilots: z.array(
    z.object({
      regionCode: z.string(),
      indicators: z.array(z.string()),
      rationale: z.string(),
      createdAt: z.string(),
    }),
  ),
  criteria: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      description: z.string(),
      source: z.enum(['model', 'dream_circle', 'other']),
      sourceLabel: z.string().nullable(),
      planId: z.number().nullable(),
      planTaskId: z.number().nullable(),
      planDreamId: z.number().nullable(),
    }),
  ),
  evaluations: z.array(getEvaluationResponse),
  versions: z.array(
    z.object({
      id: z.number(),
      label: z.string(),
      title: z.string(),
      changes: z.string(),
      reason: z.string(),
      releasedOn: z.string(),
      findings: z.array(z.object({ id: z.number(), text: z.string(), regionCode: z.string() })),
      findingCount: z.number(),
    }),
  ),
  wavePlan: z
    .object({
      id: z.number(),
      title: z.string(),
      groups: z.number(),
      indicators: z.array(z.string()),
      excluded: z.array(z.string()),
      balanceColumn: z.string().nullable(),
      seed: z.number(),
      objective: z.number(),
      randomObjective: z.number(),
      exact: z.boolean(),
      method: z.string(),
      createdAt: z.string(),
      waves: z.array(
        z.object({
          id: z.number(),
          position: z.number(),
          name: z.string(),
          startsOn: z.string(),
          endsOn: z.string(),
          modelVersionId: z.number().nullable(),
          planId: z.number().nullable(),
          planTaskId: z.number().nullable(),
          planTaskLabel: z.string().nullable(),
          planTask: z
            .object({
              title: z.string(),
              status: z.enum(['pending', 'done', 'in_progress']).nullable(),
              startDate: z.string().nullable(),
              dueDate: z.string().nullable(),
            })
            .nullable(),
          regions: z.array(z.string()),
          regionCount: z.number(),
        }),
      ),
    })
    .nullable(),
  wavePlanCount: z.number(),
});

export const setScoresResponse = z.object({ scores: z.number() });

export const assignVersionResponse = z.object({ regions: z.array(z.string()), version: z.string() });

export const createWavePlanResponse = z.object({
  id: z.number(),
  groups: z.array(z.array(z.string())),
  objective: z.number(),
  randomObjective: z.number(),
  exact: z.boolean(),
});

export const rolloutContract = contract(rolloutEndpoints, {
  getOverview: { response: getOverviewResponse },
  suggestPilots: { body: pilotSuggestionSchema, response: suggestPilotsResponse },
  setPilots: { body: pilotsSchema, response: setPilotsResponse },
  addCriterion: { body: criterionSchema, response: addCriterionResponse },
  createEvaluation: { body: evaluationSchema, response: addCriterionResponse },
  getEvaluation: { params: idParam, response: getEvaluationResponse },
  setScores: { params: idParam, body: scoresSchema, response: setScoresResponse },
  addFinding: { params: idParam, body: findingSchema, response: addCriterionResponse },
  addEvidence: { params: idParam, body: evidenceSchema, response: addCriterionResponse },
  createVersion: { body: versionSchema, response: addCriterionResponse },
  assignVersion: { body: assignVersionSchema, response: assignVersionResponse },
  createWavePlan: { body: wavePlanSchema, response: createWavePlanResponse },
  patchWave: { params: idParam, body: wavePatchSchema, response: addCriterionResponse },
});
