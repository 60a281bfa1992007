import { get } from '../../platform/http/endpoint.js';

/** The audit endpoints (method and URL); their schemas are in contract.ts. */
export const auditEndpoints = {
  listAudit: get('/api/audit'),
  listAuditEntities: get('/api/audit/entities'),
};
