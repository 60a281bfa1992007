/** The little of `oidc-provider` the test provider uses (the package ships no types). */
declare module 'oidc-provider' {
  import type { RequestListener } from 'node:http';

  interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  interface OidcContext {
    session?: { accountId?: string };
    client?: { clientId: string };
    params?: Record<string, unknown>;
    provider: Provider;
  }
  interface KoaContext {
    path: string;
    status: number;
    body: unknown;
    oidc: OidcContext;
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    Grant: new (init: {
      clientId: string;
      accountId: string;
    }) => Grant;
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    callback(): RequestListener;
  }
  export type { KoaContext };
}
