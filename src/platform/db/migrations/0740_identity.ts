import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * Identity: staff accounts linked to an OpenID Connect subject, the sign-ins under way (state,
 * nonce and PKCE verifier, kept server-side and spent once), national-team invitations to link an
 * account, and TOTP second factors.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('staff_identities')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_identities_pk', ['issuer', 'subject'])
    .addUniqueConstraint('staff_identities_one_per_issuer', ['user_id', 'issuer'])
    .execute();

  await db.schema
    .createTable('oidc_logins')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('browser_hash', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull()) // staff | participant
    .addColumn('next', 'text')
    .addColumn('invitation_hash', 'text')
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_by', 'integer')
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_totp')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('staff_users.id'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['staff_totp', 'staff_invitations', 'oidc_logins', 'staff_identities'])
    await db.schema.dropTable(table).ifExists().execute();
}
