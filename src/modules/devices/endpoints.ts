import { get, post } from '../../platform/http/endpoint.js';

/** The devices endpoints (method and URL); their schemas are in contract.ts. */
export const deviceEndpoints = {
  devicesFor: get('/api/devices'),
  addDevice: post('/api/devices'),
  compareRegions: get('/api/devices/comparison'),
  setDeviceLevel: post('/api/devices/:source/:id/levels'),
};
