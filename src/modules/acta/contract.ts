import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { csvFormatQuery, idParam } from '../../platform/http/input.js';
import { actaEndpoints } from './endpoints.js';

/** The acta's language: the caller's by default (Accept-Language, the staff member's choice). */
export const actaQuery = z.object({ locale: z.enum(['es', 'en']).optional() });

export const actaContract = contract(actaEndpoints, {
  actaPdf: { params: idParam, query: actaQuery },
  ideasCsv: { params: idParam, query: actaQuery.merge(csvFormatQuery) },
  printablesPdf: { params: idParam, query: actaQuery },
});
