import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import { z } from 'zod';
import { AppError } from '../../platform/errors/index.js';

/**
 * The relying party of OpenID Connect, provider-agnostic: discovery, authorization code with PKCE
 * (S256), state and nonce, and the ID token checked — signature against the provider's JWKS,
 * issuer, audience (and azp), expiry, nonce. Nothing a claim says is trusted before these pass.
 */
export interface OidcClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const discoverySchema = z.object({
  issuer: z.string().url(),
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
  jwks_uri: z.string().url(),
  userinfo_endpoint: z.string().url().optional(),
  end_session_endpoint: z.string().url().optional(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
});
export type Discovery = z.infer<typeof discoverySchema>;

const tokenSchema = z.object({
  id_token: z.string().min(10).max(20_000),
  access_token: z.string().max(20_000).optional(),
  token_type: z.string().optional(),
});

/** Asymmetric algorithms only: a symmetric one would let anyone holding the client secret sign. */
const allowedAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];
const discoveryTtlMs = 60 * 60_000;
const timeoutMs = 10_000;

const discoveries = new Map<string, { at: number; value: Discovery }>();
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/** The provider's discovery document (cached an hour); its issuer must be exactly the configured one. */
export async function discover(issuer: string): Promise<Discovery> {
  const cached = discoveries.get(issuer);
  if (cached && Date.now() - cached.at < discoveryTtlMs) return cached.value;
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const body = await fetchJson(url);
  const parsed = discoverySchema.safeParse(body);
  if (!parsed.success) throw new AppError('oidc_provider_failed', { detail: 'discovery' });
  if (parsed.data.issuer !== issuer) throw new AppError('oidc_provider_failed', { detail: 'issuer' });
  discoveries.set(issuer, { at: Date.now(), value: parsed.data });
  return parsed.data;
}

/** Forgets cached discovery documents and key sets (a test's provider restarting on a new port). */
export function forgetProviders() {
  discoveries.clear();
  keySets.clear();
}

export interface Authorization {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Where to send the browser, with fresh state, nonce and PKCE verifier (kept by the caller). */
export async function authorizationRequest(
  client: OidcClient,
  redirectUri: string,
  scope: string,
): Promise<Authorization> {
  const discovery = await discover(client.issuer);
  const state = random();
  const nonce = random();
  const codeVerifier = random();
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: redirectUri,
    scope,
    state,
    nonce,
    code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  return { url: url.toString(), state, nonce, codeVerifier };
}

export interface VerifiedLogin {
  claims: JWTPayload & Record<string, unknown>;
  accessToken?: string;
  discovery: Discovery;
}

/** Redeems the code (with the PKCE verifier) and checks the ID token; throws oidc_token_invalid. */
export async function redeemCode(
  client: OidcClient,
  input: { code: string; redirectUri: string; codeVerifier: string; nonce: string },
): Promise<VerifiedLogin> {
  const discovery = await discover(client.issuer);
  const basic = Buffer.from(
    `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`,
  ).toString('base64');
  const body = await fetchJson(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: input.code,
      redirect_uri: input.redirectUri,
      code_verifier: input.codeVerifier,
    }).toString(),
  });
  const tokens = tokenSchema.safeParse(body);
  if (!tokens.success) throw new AppError('oidc_provider_failed', { detail: 'token' });
  const claims = await verifyIdToken(client, discovery, tokens.data.id_token, input.nonce);
  return { claims, accessToken: tokens.data.access_token, discovery };
}

/** The ID token's checks, in the order a forged or misdirected token fails them. */
export async function verifyIdToken(
  client: OidcClient,
  discovery: Discovery,
  idToken: string,
  nonce: string,
): Promise<JWTPayload & Record<string, unknown>> {
  let keys = keySets.get(discovery.jwks_uri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(discovery.jwks_uri), { timeoutDuration: timeoutMs });
    keySets.set(discovery.jwks_uri, keys);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, keys, {
      issuer: client.issuer,
      audience: client.clientId,
      algorithms: allowedAlgorithms,
      requiredClaims: ['sub', 'exp', 'iat'],
      clockTolerance: 5,
    }));
  } catch (error) {
    throw new AppError('oidc_token_invalid', { reason: reasonOf(error) });
  }
  // Several audiences: the token must have been issued to us (azp), not to another party.
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== client.clientId)
    throw new AppError('oidc_token_invalid', { reason: 'audience' });
  if (typeof payload.nonce !== 'string' || !same(payload.nonce, nonce))
    throw new AppError('oidc_token_invalid', { reason: 'nonce' });
  return payload as JWTPayload & Record<string, unknown>;
}

/** The userinfo claims (where a provider puts what the ID token leaves out, e.g. ClaveÚnica's RUN). */
export async function userinfo(login: VerifiedLogin): Promise<Record<string, unknown>> {
  if (!login.discovery.userinfo_endpoint || !login.accessToken) return {};
  const body = await fetchJson(login.discovery.userinfo_endpoint, {
    headers: { authorization: `Bearer ${login.accessToken}` },
  });
  if (!body || typeof body !== 'object') return {};
  const info = body as Record<string, unknown>;
  // The userinfo must speak of the same person as the verified ID token.
  if (info.sub !== login.claims.sub) throw new AppError('oidc_token_invalid', { reason: 'subject' });
  return info;
}

/** Why jose refused a token, as the short reason the error message names. */
function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'expired';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'signature';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'audience';
    if (error.claim === 'iss') return 'issuer';
    if (error.claim === 'iat' || error.claim === 'nbf') return 'time';
    return `claim ${error.claim}`.slice(0, 40);
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'algorithm';
  return 'format';
}

async function fetchJson(url: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    throw new AppError('oidc_provider_failed', { detail: new URL(url).pathname.slice(0, 80) });
  }
  const text = await response.text();
  if (!response.ok)
    throw new AppError('oidc_provider_failed', { detail: `HTTP ${response.status}`.slice(0, 80) });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('oidc_provider_failed', { detail: 'json' });
  }
}

const random = () => randomBytes(32).toString('base64url');

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
