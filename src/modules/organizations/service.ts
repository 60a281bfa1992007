import type { StaffActor } from '../../platform/auth/actor.js';
import { regionScope, requireRegionVisible } from '../../platform/auth/policy.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { serialiseOn } from '../../platform/db/locks.js';
import { findOrganizationByName, insertOrganization, searchOrganizations } from './queries.js';
import type { NewOrganization } from './schema.js';

const present = (row: { id: number; name: string; kind: string | null; region_code: string | null }) => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  regionCode: row.region_code,
});

/** Organisations of the regions the caller sees, by name. */
export async function searchForStaff(
  ctx: Context,
  actor: StaffActor,
  region: string | undefined,
  q: string | undefined,
) {
  const rows = await searchOrganizations(ctx.db, regionScope(actor, region), q);
  return { organizations: rows.map(present) };
}

/** Organisations of one region, for the join form (no region shown: it is the dialogue's). */
export async function searchInRegion(db: Db, regionCode: string, q: string | undefined) {
  const rows = await searchOrganizations(db, [regionCode], q, 20);
  return { organizations: rows.map(({ id, name, kind }) => ({ id, name, kind })) };
}

/** Adds an organisation in a region the caller sees; the same name in that region is reused. */
export async function createOrganization(ctx: Context, actor: StaffActor, input: NewOrganization) {
  requireRegionVisible(actor, input.regionCode, input.regionCode);
  return commitChange(ctx, actor, async (trx, change) => {
    const { id, existing } = await claimOrganization(trx, input.regionCode, input.name, input.kind ?? null);
    if (existing) return { created: false, organization: present(existing) };
    const organization = { id, name: input.name, kind: input.kind ?? null, regionCode: input.regionCode };
    await change.audit({
      action: 'organization.create',
      entity: 'organization',
      entityId: id,
      regionCode: input.regionCode,
      after: organization,
    });
    return { created: true, organization };
  });
}

/** The lock key of one organisation name in one region (see serialiseOn). */
export const organizationKey = (regionCode: string | null, name: string) =>
  `organization:${regionCode ?? ''}:${name.trim().toLowerCase()}`;

/**
 * The organisation of that name in the region, created if new (names compared case-insensitively).
 * Call it inside a transaction: two phones naming the same new organisation at once store one.
 */
export async function findOrCreateOrganization(
  db: Db,
  regionCode: string,
  name: string,
  kind: string | null,
) {
  return (await claimOrganization(db, regionCode, name, kind)).id;
}

/** The organisation's id, and its row when it was there already (under the name's lock). */
async function claimOrganization(db: Db, regionCode: string, name: string, kind: string | null) {
  await serialiseOn(db, organizationKey(regionCode, name));
  const existing = await findOrganizationByName(db, regionCode, name);
  if (existing) return { id: existing.id, existing };
  return {
    id: await insertOrganization(db, { name, kind, region_code: regionCode, created_at: now() }),
    existing: null,
  };
}
