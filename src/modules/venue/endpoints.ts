import { post } from '../../platform/http/endpoint.js';

/** The venue kit's endpoints (method and URL); their schemas are in contract.ts. */
export const venueEndpoints = {
  checkout: post('/api/dialogues/:id/venue-checkout', { file: 'application/json' }),
  importExport: post('/api/venue/import', { upload: true }),
  openCheckout: post('/api/setup/venue', { upload: true }),
};
