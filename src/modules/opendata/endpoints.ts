import { get, put } from '../../platform/http/endpoint.js';

/** The opendata endpoints (method and URL); their schemas are in contract.ts. */
export const openDataEndpoints = {
  publishedDialogues: get('/api/opendata'),
  openDataZip: get('/api/opendata/package.zip', { file: 'application/zip' }),
  setPublished: put('/api/opendata/dialogues/:id'),
};
