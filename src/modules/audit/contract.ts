import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { urlId, urlInt } from '../../platform/http/input.js';
import { auditEndpoints } from './endpoints.js';

export const listAuditResponse = z.object({
  entries: z.array(
    z.object({
      id: z.number(),
      /** The entry as a Spanish sentence: «Ana cambió el estado de la iniciativa «…» (#12), en Biobío.» */
      sentence: z.string(),
      regionName: z.string().nullable(),
      action: z.string(),
      entity: z.string(),
      entityId: z.string(),
      regionCode: z.string().nullable(),
      actor: z.string(),
      before: z.unknown(),
      after: z.unknown(),
      createdAt: z.string(),
    }),
  ),
});

export const auditContract = contract(auditEndpoints, {
  listAuditEntities: {
    response: z.object({ entities: z.array(z.object({ entity: z.string(), name: z.string() })) }),
  },
  listAudit: {
    query: z.object({
      entity: z.string().max(60).optional(),
      entityId: z.string().max(60).optional(),
      beforeId: urlId.optional(),
      limit: urlInt(1, 200).optional(),
    }),
    response: listAuditResponse,
  },
});
