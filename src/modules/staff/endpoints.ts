import { get, patch, post } from '../../platform/http/endpoint.js';

/** The staff endpoints (method and URL); their schemas are in contract.ts. */
export const staffEndpoints = {
  setupNeeded: get('/api/setup'),
  createFirstNational: post('/api/setup'),
  login: post('/api/auth/login'),
  logout: post('/api/auth/logout'),
  describeMe: get('/api/auth/me'),
  secondFactorStatus: get('/api/auth/totp'),
  enrolTotp: post('/api/auth/totp'),
  confirmTotp: post('/api/auth/totp/confirm'),
  disableTotp: post('/api/auth/totp/disable'),
  listStaffFor: get('/api/staff'),
  addStaff: post('/api/staff'),
  updateStaffAccount: patch('/api/staff/:id'),
};
