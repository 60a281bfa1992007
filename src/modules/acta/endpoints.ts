import { get } from '../../platform/http/endpoint.js';

/** The record of a dialogue (acta); its schemas are in contract.ts. */
export const actaEndpoints = {
  actaPdf: get('/api/dialogues/:id/acta.pdf', { file: 'application/pdf' }),
  printablesPdf: get('/api/dialogues/:id/printables.pdf', { file: 'application/pdf' }),
  ideasCsv: get('/api/dialogues/:id/ideas.csv', { file: 'text/csv; charset=utf-8' }),
};
