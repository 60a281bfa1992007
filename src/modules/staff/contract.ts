import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { staffEndpoints } from './endpoints.js';
import { firstAdminSchema, loginSchema, newStaffSchema, staffPatchSchema, totpCodeSchema } from './schema.js';

export const setupNeededResponse = z.object({ needed: z.boolean() });

export const createFirstNationalResponse = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['national', 'regional', 'facilitator']),
  regions: z.array(z.string()),
});

export const enrolTotpResponse = z.object({ secret: z.string(), uri: z.string(), qr: z.string() });
/** `ok` once signed in; else `enrolment` holds the QR of the second factor a national account must set up first. */
export const loginResponse = z.object({ ok: z.boolean(), enrolment: enrolTotpResponse.optional() });

export const describeMeResponse = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['national', 'regional', 'facilitator']),
  regions: z.array(z.string()),
  locale: z.enum(['es', 'en']),
  csrfToken: z.string(),
});

export const listStaffForResponse = z.object({
  users: z.array(
    z.object({
      id: z.number(),
      email: z.string(),
      name: z.string(),
      role: z.enum(['national', 'regional', 'facilitator']),
      locale: z.enum(['es', 'en']),
      regions: z.array(z.string()),
      disabled: z.boolean(),
      createdAt: z.string(),
    }),
  ),
});

export const updateStaffAccountResponse = z.object({
  name: z.string(),
  role: z.enum(['national', 'regional', 'facilitator']),
  regions: z.array(z.string()),
  locale: z.enum(['es', 'en']),
  disabled: z.boolean(),
  passwordChanged: z.boolean(),
  id: z.number(),
  email: z.string(),
});

export const secondFactorResponse = z.object({
  enabled: z.boolean(),
  recommended: z.boolean(),
  required: z.boolean(),
});
export const staffContract = contract(staffEndpoints, {
  setupNeeded: { response: setupNeededResponse },
  createFirstNational: { body: firstAdminSchema, response: createFirstNationalResponse },
  login: { body: loginSchema, response: loginResponse },
  logout: { response: loginResponse },
  describeMe: { response: describeMeResponse },
  secondFactorStatus: { response: secondFactorResponse },
  enrolTotp: { response: enrolTotpResponse },
  confirmTotp: { body: totpCodeSchema, response: secondFactorResponse },
  disableTotp: { body: totpCodeSchema, response: secondFactorResponse },
  listStaffFor: { response: listStaffForResponse },
  addStaff: { body: newStaffSchema, response: createFirstNationalResponse },
  updateStaffAccount: { params: idParam, body: staffPatchSchema, response: updateStaffAccountResponse },
});
