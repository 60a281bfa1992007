import { get } from '../../platform/http/endpoint.js';

/** The reports endpoints (method and URL); their schemas are in contract.ts. */
export const reportEndpoints = {
  reportFor: get('/api/results/report'),
  buildDashboard: get('/api/results/dashboard'),
  exportPdf: get('/api/results/export.pdf', { file: 'application/pdf' }),
  exportXlsx: get('/api/results/export.xlsx', {
    file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  }),
  exportCsv: get('/api/results/export.csv', { file: 'text/csv; charset=utf-8' }),
};
