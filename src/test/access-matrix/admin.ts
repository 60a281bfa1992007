import { type CallContext, staff } from './harness.js';
import { type Base, type Feature, must, type Side } from './world.js';

/** Accounts, the audit trail, results and data packages. */
export interface AdminData {
  /** A facilitator account of the region (nobody signs in with it: it is the object under test). */
  account: { id: number; name: string; email: string };
  texts: string[];
}

async function build(base: Base, side: Side): Promise<AdminData> {
  const M = side.marker;
  const email = `facilitadora.${M.toLowerCase()}@sence.test`;
  const account = await must<{ id: number; name: string }>(
    'account',
    base.clients.nat.post('/api/staff', {
      email,
      name: `Facilitadora ${M}`,
      password: 'contraseña-de-prueba',
      role: 'facilitator',
      regions: [side.region],
    }),
  );
  return { account: { id: account.id, name: account.name, email }, texts: [account.name, email] };
}

const A = (c: CallContext) => c.world.A;
/** What a facilitator who does not run the dialogue under test must not get from the results. */
const dialogueTexts = (c: CallContext) => [
  A(c).participation.dialogue.title,
  A(c).participation.texts.mainIdea,
];

export const admin: Feature<AdminData> = {
  name: 'admin',
  build,
  ids: (data) => ({ '/api/staff/:id': data.account.id, account: data.account.id }),
  secrets: (data) => data.texts,
  mainSecrets: (data) => data.texts,
  rows: [
    // route                                              nat  mgrA mgrB  facA facX   (phone, anon: 401)
    // Accounts: the national team manages all; a regional manager the facilitators of their regions.
    staff('GET /api/auth/me                             | ok   ok   ok    ok   ok'),
    staff('GET /api/staff                               | ok   ok   blind 403  403'),
    staff('POST /api/staff                              | ok   ok   403   403  403', {
      body: (c) => ({
        email: `cuenta.${c.unique()}@sence.test`,
        name: 'Cuenta nueva',
        password: 'contraseña-de-prueba',
        role: 'facilitator',
        regions: [c.text('region')],
      }),
    }),
    staff('PATCH /api/staff/:id                         | ok   ok   404   403  403', {
      body: (c) => ({ name: A(c).admin.account.name }),
    }),
    // SSO invitations are the national team's; this server has no provider, so even they get 404
    // (oidc_disabled), the same answer as for an account that does not exist.
    // The second factor is each caller's own: anyone may look and start enrolling; a wrong code is 401.
    staff('GET /api/auth/totp                           | ok   ok   ok    ok   ok'),
    staff('POST /api/auth/totp                          | ok   ok   ok    ok   ok'),
    staff('POST /api/auth/totp/confirm                  | 401  401  401   401  401', {
      body: () => ({ code: '000000' }),
    }),
    staff('POST /api/auth/totp/disable                  | 401  401  401   401  401', {
      body: () => ({ code: '000000' }),
    }),
    staff('POST /api/staff/:id/sso-invitation           | 404  403  403   403  403'),
    staff('POST /api/auth/logout                        | ok   ok   ok    ok   ok', { order: 9 }),
    // The audit trail of the caller's regions, for those who manage them.
    staff('GET /api/audit?limit=200                     | ok   ok   ok    403  403'),
    staff('GET /api/audit?entity=staff_user&entityId={account} | ok ok blind 403 403'),
    staff('GET /api/audit/entities                      | ok   ok   ok    403  403'),
    // Results: a manager's regions; a facilitator the dialogues they run. The report is figures
    // only (no names to look for): its refusals are checked, and the dashboard's lists below.
    staff('GET /api/results/report                      | ok   ok   ok    ok   ok'),
    staff('GET /api/results/report?region={region}      | ok   ok   404   ok   ok'),
    staff('GET /api/results/report?dialogue={dialogue}  | ok   ok   404   ok   404'),
    staff('GET /api/results/dashboard                   | ok   ok   blind ok   blind', {
      secrets: dialogueTexts,
    }),
    staff('GET /api/results/dashboard?region={region}   | ok   ok   404   ok   blind', {
      secrets: dialogueTexts,
    }),
    staff('GET /api/results/dashboard?dialogue={dialogue} | ok ok   404   ok   404'),
    staff('GET /api/results/export.pdf?dialogue={dialogue} | ok ok  404   ok   404'),
    staff('GET /api/results/export.xlsx                 | ok   ok   blind ok   blind', {
      secrets: dialogueTexts,
    }),
    staff('GET /api/results/export.xlsx?dialogue={dialogue} | ok ok 404   ok   404'),
    staff('GET /api/results/export.csv?table=ideas_principales | ok ok blind ok blind', {
      secrets: dialogueTexts,
    }),
    staff('GET /api/results/export.csv?table=ideas_principales&dialogue={dialogue} | ok ok 404 ok 404'),
    // Data packages: export what the caller sees; import and the demo for the national team.
    staff('GET /api/datapackage/export.zip              | ok   ok   blind ok   blind', {
      secrets: dialogueTexts,
    }),
    staff('POST /api/datapackage/import                 | ok   403  403   403  403', {
      file: () => ({ name: 'paquete.zip', content: 'no es un zip' }),
    }),
    staff('POST /api/demo                               | ok   403  403   403  403'),
  ],
};
