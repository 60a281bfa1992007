import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { dataPackageEndpoints } from './endpoints.js';

export const importPackageResponse = z.object({
  dialogues: z.number(),
  organizations: z.number(),
  participants: z.number(),
  ideas: z.number(),
  votes: z.number(),
  evaluations: z.number(),
  dialogueIds: z.array(z.number()),
  /** How each CSV file was read («separador «;», Windows-1252, coma decimal»), by file name. */
  detected: z.record(z.string(), z.string()),
});

export const dataPackageContract = contract(dataPackageEndpoints, {
  importPackage: { response: importPackageResponse },
  exportPackage: {},
});
