import { get, post } from '../../platform/http/endpoint.js';

/** The datapackage endpoints (method and URL); their schemas are in contract.ts. */
export const dataPackageEndpoints = {
  importPackage: post('/api/datapackage/import', { upload: true }),
  exportPackage: get('/api/datapackage/export.zip', { file: 'application/zip' }),
};
