import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import Provider, { type KoaContext } from 'oidc-provider';

/**
 * A real OpenID Connect provider (the certified `oidc-provider`) on loopback, for the tests.
 * Anyone may sign in with any password under a login name; the claims are those the test gives
 * that name. `tamper` rewrites the next ID token the token endpoint hands out (re-signed with the
 * provider's own key, or with a stranger's for a bad signature), so the relying party's checks
 * meet a token that is wrong in exactly one way.
 */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The login names the provider knows and the claims it vouches for. */
  accounts: Map<string, Record<string, unknown>>;
  /** Rewrites the next ID token (once). */
  tamper(change: Tamper): void;
  /** Builds the provider with Minga as its client, once Minga listens and its callback URL is known. */
  register(...redirectUris: string[]): void;
  /** The last ID token handed out (to replay it). */
  lastIdToken(): string | undefined;
  close(): Promise<void>;
}

export type Tamper =
  | { kind: 'signature' }
  | { kind: 'claims'; claims: Record<string, unknown> }
  | { kind: 'replace'; idToken: string };

export const testClientId = 'minga-pruebas';
export const testClientSecret = 'secreto-de-cliente-de-pruebas-suficientemente-largo';

export async function startTestProvider(): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'clave-de-pruebas', alg: 'RS256', use: 'sig' };
  const stranger = (await generateKeyPair('RS256')).privateKey;
  const accounts = new Map<string, Record<string, unknown>>();
  let pending: Tamper | null = null;
  /** ID tokens handed out, newest last (for a replay). */
  const issued: string[] = [];

  let handler: http.RequestListener = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = http.createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const build = (...redirectUris: string[]) => {
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: testClientId,
          client_secret: testClientSecret,
          redirect_uris: redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      jwks: { keys: [jwk] },
      findAccount: async (_ctx: KoaContext, id: string) => ({
        accountId: id,
        claims: async () => ({ sub: id, ...(accounts.get(id) ?? {}) }),
      }),
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name'],
        run: ['run'],
      },
      scopes: ['openid', 'email', 'profile', 'run'],
      // The claims asked for go in the ID token too (as many providers do).
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      features: { devInteractions: { enabled: true } },
      cookies: { keys: ['clave-de-cookies-de-pruebas'] },
      // A first-party client: no consent screen, the grant covers what was asked.
      loadExistingGrant: async (ctx: KoaContext) => {
        const oidc = ctx.oidc;
        if (!oidc.session?.accountId || !oidc.client) return undefined;
        const grant = new oidc.provider.Grant({
          clientId: oidc.client.clientId,
          accountId: oidc.session.accountId,
        });
        grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'));
        await grant.save();
        return grant;
      },
    });
    provider.use(async (ctx, next) => {
      await next();
      if (ctx.path !== '/token' || ctx.status !== 200) return;
      const body = ctx.body as { id_token?: string };
      if (!body?.id_token) return;
      issued.push(body.id_token);
      const change = pending;
      pending = null;
      if (!change) return;
      if (change.kind === 'replace') body.id_token = change.idToken;
      else {
        const claims = { ...decodeJwt(body.id_token), ...(change.kind === 'claims' ? change.claims : {}) };
        body.id_token = await new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' })
          .sign(change.kind === 'signature' ? stranger : privateKey);
      }
    });
    handler = provider.callback();
  };

  return {
    issuer,
    clientId: testClientId,
    clientSecret: testClientSecret,
    accounts,
    tamper(change) {
      pending = change;
    },
    register: build,
    lastIdToken: () => issued.at(-1),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
