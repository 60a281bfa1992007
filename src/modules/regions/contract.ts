import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { regionEndpoints } from './endpoints.js';

export const listResponse = z.object({
  regions: z.array(
    z.object({
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
  sources: z.object({
    population_2024: z.literal(
      'INE, Estimaciones y proyecciones de población 1992-2050 (base Censo 2017), 2024',
    ),
    population_15plus_2024: z.literal('INE, Estimaciones y proyecciones de población (15 años y más), 2024'),
    rural_share_2024: z.literal('INE, proyecciones de población por área urbana/rural, 2024'),
    labour_force_2024_thousands: z.literal(
      'INE, Encuesta Nacional de Empleo, fuerza de trabajo 2024 (miles)',
    ),
    participation_rate_2024: z.literal('INE, Encuesta Nacional de Empleo, tasa de participación 2024'),
  }),
});

export const regionContract = contract(regionEndpoints, {
  list: { response: listResponse },
});
