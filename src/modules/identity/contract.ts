import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { joinCodeParam } from '../dialogues/index.js';
import { identityEndpoints } from './endpoints.js';

export const ssoInfoResponse = z.object({
  /** Whether this server signs staff in through an OpenID Connect provider. */
  enabled: z.boolean(),
  /** The provider's name for the button («Ingresar con …»). */
  name: z.string(),
});
export const startSsoQuery = z.object({
  next: z.string().max(300).optional(),
  invitation: z.string().min(20).max(200).optional(),
});
export const finishSsoQuery = z.object({
  code: z.string().max(4000).optional(),
  state: z.string().max(400).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
  iss: z.string().max(400).optional(),
});
export const inviteToSsoResponse = z.object({ url: z.string(), expiresAt: z.string() });

export const verificationInfoResponse = z.object({
  /** Whether this dialogue asks participants to verify who they are. */
  required: z.boolean(),
  /** Whether this server has a provider for it. */
  available: z.boolean(),
  provider: z.string(),
});
export const setVerificationBody = z.object({ required: z.boolean() });
export const setVerificationResponse = z.object({ required: z.boolean(), provider: z.string() });

export const identityContract = contract(identityEndpoints, {
  ssoInfo: { response: ssoInfoResponse },
  startSso: { query: startSsoQuery },
  finishSso: { query: finishSsoQuery },
  inviteToSso: { params: idParam, response: inviteToSsoResponse },
  verificationInfo: { params: joinCodeParam, response: verificationInfoResponse },
  startVerification: { params: joinCodeParam },
  finishVerification: { query: finishSsoQuery },
  setVerification: { params: idParam, body: setVerificationBody, response: setVerificationResponse },
});
