import type { StaffActor } from '../../platform/auth/actor.js';
import { regionScope } from '../../platform/auth/policy.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { serialiseOn } from '../../platform/db/locks.js';
import { AppError } from '../../platform/errors/index.js';
import { findOrganizationByName, organizationKey } from '../organizations/index.js';
import { requireManagedRegion, requireManagedThing, requireVisibleThing } from './policy.js';
import {
  findActor,
  findContact,
  findOrganization,
  findPlacement,
  insertActor,
  insertOrganization,
  listActors,
  listOrganizations,
  updateActor,
  upsertContact,
  upsertPlacement,
} from './queries.js';
import type { ActorPatch, NewActor, NewOrganization } from './schema.js';

type ActorRow = Awaited<ReturnType<typeof listActors>>[number];

function describeActor(row: ActorRow) {
  return {
    id: row.id,
    regionCode: row.region_code,
    name: row.name,
    position: row.position,
    sector: row.sector,
    organization: row.organization_id
      ? { id: row.organization_id, name: row.organization_name, kind: row.organization_kind }
      : null,
    placement: row.influence === null ? null : { influence: row.influence, interest: row.interest },
    interviews: Number(row.interviews ?? 0),
  };
}

/** Organisations of the shared registry that the caller sees (their regions and national ones). */
export async function organizationsFor(ctx: Context, staff: StaffActor, region?: string) {
  const rows = await listOrganizations(ctx.db, regionScope(staff, region));
  return rows.map((row) => ({ id: row.id, name: row.name, kind: row.kind, regionCode: row.region_code }));
}

/** Adds an organisation to the shared registry; a national (region-less) one needs the national team. */
export async function addOrganization(ctx: Context, staff: StaffActor, input: NewOrganization) {
  if (input.regionCode === null) {
    if (staff.role !== 'national') throw new AppError('forbidden');
  } else requireManagedRegion(staff, input.regionCode);
  return commitChange(ctx, staff, async (trx, change) => {
    await serialiseOn(trx, organizationKey(input.regionCode, input.name));
    if (await findOrganizationByName(trx, input.regionCode, input.name)) {
      throw new AppError('already_exists', { what: input.name });
    }
    const id = await insertOrganization(trx, {
      name: input.name,
      kind: input.kind,
      region_code: input.regionCode,
      external_id: null,
      created_at: now(),
    });
    const after = { id, name: input.name, kind: input.kind, regionCode: input.regionCode };
    await change.audit({
      action: 'organization.create',
      entity: 'organization',
      entityId: id,
      regionCode: input.regionCode,
      after,
    });
    return after;
  });
}

async function checkOrganization(db: Db, staff: StaffActor, organizationId: number, regionCode: string) {
  const organization = await findOrganization(db, organizationId);
  if (!organization || (organization.region_code && !staff.regions.includes(organization.region_code))) {
    throw new AppError('not_found', { what: `organización ${organizationId}` });
  }
  if (organization.region_code && organization.region_code !== regionCode) {
    throw new AppError('organization_other_region', {
      name: organization.name,
      region: organization.region_code,
    });
  }
}

/** Actors of the caller's regions (or one of them); `notHeard` keeps those with no interview yet. */
export async function actorsFor(ctx: Context, staff: StaffActor, region?: string, notHeard = false) {
  const rows = await listActors(ctx.db, regionScope(staff, region), { notHeard });
  return rows.map(describeActor);
}

/** One actor with its contact data (personal data: only for staff who see the region). */
export async function getActor(ctx: Context, staff: StaffActor, id: number) {
  const actor = await findActor(ctx.db, id);
  if (!actor) throw new AppError('not_found', { what: `actor ${id}` });
  requireVisibleThing(staff, actor.region_code, `actor ${id}`);
  const [row] = (await listActors(ctx.db, [actor.region_code])).filter((candidate) => candidate.id === id);
  const contact = await findContact(ctx.db, id);
  return { ...describeActor(row), contact: { email: contact?.email ?? null, phone: contact?.phone ?? null } };
}

/** Registers a person in a region the caller manages. */
export async function addActor(ctx: Context, staff: StaffActor, input: NewActor) {
  requireManagedRegion(staff, input.regionCode);
  return commitChange(ctx, staff, async (trx, change) => {
    if (input.organizationId) await checkOrganization(trx, staff, input.organizationId, input.regionCode);
    const stamp = now();
    const id = await insertActor(trx, {
      region_code: input.regionCode,
      name: input.name,
      position: input.position ?? null,
      organization_id: input.organizationId ?? null,
      sector: input.sector,
      created_by: staff.id,
      created_at: stamp,
      updated_at: stamp,
    });
    await upsertContact(trx, id, input.email ?? null, input.phone ?? null);
    const after = {
      id,
      regionCode: input.regionCode,
      name: input.name,
      position: input.position ?? null,
      organizationId: input.organizationId ?? null,
      sector: input.sector,
      contact: input.email || input.phone ? 'registrado' : null, // the contact itself stays out of the log
    };
    await change.audit({
      action: 'actor.create',
      entity: 'actor',
      entityId: id,
      regionCode: input.regionCode,
      after,
    });
    return after;
  });
}

/** Changes an actor's data. */
export async function changeActor(ctx: Context, staff: StaffActor, id: number, patch: ActorPatch) {
  return commitChange(ctx, staff, async (trx, change) => {
    const actor = await findActor(trx, id);
    if (!actor) throw new AppError('not_found', { what: `actor ${id}` });
    requireManagedThing(staff, actor.region_code, `actor ${id}`);
    if (patch.organizationId) await checkOrganization(trx, staff, patch.organizationId, actor.region_code);
    const next = {
      name: patch.name ?? actor.name,
      position: patch.position === undefined ? actor.position : patch.position,
      organization_id: patch.organizationId === undefined ? actor.organization_id : patch.organizationId,
      sector: patch.sector ?? actor.sector,
    };
    await updateActor(trx, id, { ...next, updated_at: now() });
    if (patch.email !== undefined || patch.phone !== undefined) {
      const contact = await findContact(trx, id);
      await upsertContact(
        trx,
        id,
        patch.email === undefined ? (contact?.email ?? null) : patch.email,
        patch.phone === undefined ? (contact?.phone ?? null) : patch.phone,
      );
    }
    await change.audit({
      action: 'actor.update',
      entity: 'actor',
      entityId: id,
      regionCode: actor.region_code,
      before: {
        name: actor.name,
        position: actor.position,
        organizationId: actor.organization_id,
        sector: actor.sector,
      },
      after: {
        name: next.name,
        position: next.position,
        organizationId: next.organization_id,
        sector: next.sector,
      },
    });
    return { id, ...next };
  });
}

/** Places an actor on the region's stakeholder map (influence × interest, 1–5 each). */
export async function placeActor(
  ctx: Context,
  staff: StaffActor,
  id: number,
  influence: number,
  interest: number,
) {
  return commitChange(ctx, staff, async (trx, change) => {
    const actor = await findActor(trx, id);
    if (!actor) throw new AppError('not_found', { what: `actor ${id}` });
    requireManagedThing(staff, actor.region_code, `actor ${id}`);
    const before = (await findPlacement(trx, id)) ?? null;
    await upsertPlacement(trx, id, influence, interest, staff.id);
    await change.audit({
      action: 'actor.place',
      entity: 'actor',
      entityId: id,
      regionCode: actor.region_code,
      before,
      after: { influence, interest },
    });
    return { id, influence, interest };
  });
}

/** The stakeholder map of one region: every actor, placed or not. */
export async function stakeholderMap(ctx: Context, staff: StaffActor, region: string) {
  const actors = await actorsFor(ctx, staff, region);
  return {
    regionCode: region,
    placed: actors.filter((actor) => actor.placement),
    unplaced: actors.filter((actor) => !actor.placement),
  };
}
