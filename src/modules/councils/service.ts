import type { StaffActor } from '../../platform/auth/actor.js';
import { regionScope } from '../../platform/auth/policy.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { today } from '../../platform/dates.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import {
  findActor,
  requireManagedRegion,
  requireManagedThing,
  requireVisibleThing,
} from '../actors/index.js';
import { createDevice } from '../devices/index.js';
import {
  agreementsOf,
  attendanceOf,
  findAgreement,
  findCouncil,
  findMember,
  followUpsOf,
  insertAgreement,
  insertAttendance,
  insertCouncil,
  insertFollowUp,
  insertMember,
  insertSession,
  listCouncils,
  listPublishedCouncils,
  membersOf,
  minimumsOf,
  replaceMinimums,
  sessionsOf,
  updateAgreementStatus,
  updateCouncil,
  updateMember,
} from './queries.js';
import {
  estates,
  type FollowUp,
  type NewCouncil,
  type NewMember,
  type NewSession,
  openStatuses,
  type Rules,
} from './schema.js';
import type { CouncilMemberTable, CouncilTable } from './tables.js';

type Member = Omit<CouncilMemberTable, 'id'> & { id: number };
type Council = Omit<CouncilTable, 'id'> & { id: number };

export { today };

const inOffice = (member: Member, date: string) =>
  member.term_start <= date && (member.term_end === null || member.term_end >= date);
/** The quorum of a council on a date: its own rule, else a simple majority of the members in office. */
const quorumOf = (council: Council, members: number) => council.quorum ?? Math.floor(members / 2) + 1;

export type Warning =
  | { kind: 'estate_below_minimum'; estate: string; seats: number; minimum: number }
  | { kind: 'gender_above_share'; gender: string; share: number; maximum: number }
  | { kind: 'quorum_above_membership'; quorum: number; members: number }
  | { kind: 'no_members' };

/** Composition warnings for the members in office on a date: minimum seats per estate, gender balance, quorum. */
export function compositionWarnings(
  council: Council,
  minimums: Record<string, number>,
  members: Member[],
  date = today(),
): Warning[] {
  const current = members.filter((member) => inOffice(member, date));
  const warnings: Warning[] = [];
  if (!current.length) warnings.push({ kind: 'no_members' });
  for (const estate of estates) {
    const minimum = minimums[estate] ?? 0;
    const seats = current.filter((member) => member.estate === estate).length;
    if (seats < minimum) warnings.push({ kind: 'estate_below_minimum', estate, seats, minimum });
  }
  if (current.length) {
    for (const gender of ['f', 'm', 'x']) {
      const share =
        Math.round((current.filter((member) => member.gender === gender).length / current.length) * 1000) /
        10;
      if (share > council.max_gender_share)
        warnings.push({ kind: 'gender_above_share', gender, share, maximum: council.max_gender_share });
    }
  }
  if (council.quorum !== null && council.quorum > current.length) {
    warnings.push({ kind: 'quorum_above_membership', quorum: council.quorum, members: current.length });
  }
  return warnings;
}

const isOverdue = (agreement: { status: string; due_date: string }, date = today()) =>
  openStatuses.includes(agreement.status) && agreement.due_date < date;

function minimumsMap(
  rows: Array<{ council_id: number; estate: string; min_seats: number }>,
  councilId: number,
) {
  return Object.fromEntries(
    rows.filter((row) => row.council_id === councilId).map((row) => [row.estate, row.min_seats]),
  );
}

/** Councils of the caller's regions with members in office, warnings and overdue agreements. */
export async function councilsFor(ctx: Context, staff: StaffActor, region?: string) {
  const councils = await listCouncils(ctx.db, regionScope(staff, region));
  const ids = councils.map((council) => council.id);
  const [minimums, members, agreements] = await Promise.all([
    minimumsOf(ctx.db, ids),
    membersOf(ctx.db, ids),
    agreementsOf(ctx.db, ids),
  ]);
  return councils.map((council) => {
    const mine = members.filter((member) => member.council_id === council.id);
    const theirs = agreements.filter((agreement) => agreement.council_id === council.id);
    return {
      id: council.id,
      regionCode: council.region_code,
      name: council.name,
      establishedOn: council.established_on,
      members: mine.filter((member) => inOffice(member, today())).length,
      warnings: compositionWarnings(council, minimumsMap(minimums, council.id), mine),
      openAgreements: theirs.filter((agreement) => openStatuses.includes(agreement.status)).length,
      overdueAgreements: theirs.filter((agreement) => isOverdue(agreement)).length,
    };
  });
}

/** `what` names the thing the caller asked for, so that a refusal says no more than "not found". */
async function loadCouncil(
  db: Db,
  staff: StaffActor,
  id: number,
  mode: 'read' | 'write',
  what = `consejo ${id}`,
) {
  const council = await findCouncil(db, id);
  if (!council) throw new AppError('not_found', { what });
  if (mode === 'write') requireManagedThing(staff, council.region_code, what);
  else requireVisibleThing(staff, council.region_code, what);
  return council;
}

/** One council: rules, members, warnings, sessions with attendance, agreements with their follow-up. */
export async function getCouncil(ctx: Context, staff: StaffActor, id: number) {
  const council = await loadCouncil(ctx.db, staff, id, 'read');
  const [minimumRows, members, sessions, agreements] = await Promise.all([
    minimumsOf(ctx.db, [id]),
    membersOf(ctx.db, [id]),
    sessionsOf(ctx.db, id),
    agreementsOf(ctx.db, [id]),
  ]);
  const [attendance, followUps] = await Promise.all([
    attendanceOf(
      ctx.db,
      sessions.map((session) => session.id),
    ),
    followUpsOf(
      ctx.db,
      agreements.map((agreement) => agreement.id),
    ),
  ]);
  const minimums = minimumsMap(minimumRows, id);
  const current = members.filter((member) => inOffice(member, today()));
  return {
    id,
    regionCode: council.region_code,
    name: council.name,
    establishedOn: council.established_on,
    publishedAt: council.published_at,
    deviceKey: council.device_instance_id ? `instance-${council.device_instance_id}` : null,
    rules: {
      quorum: council.quorum,
      effectiveQuorum: quorumOf(council, current.length),
      maxGenderShare: council.max_gender_share,
      minimums,
    },
    members: members.map((member) => ({
      id: member.id,
      name: member.name,
      estate: member.estate,
      gender: member.gender,
      actorId: member.actor_id,
      termStart: member.term_start,
      termEnd: member.term_end,
      inOffice: inOffice(member, today()),
    })),
    warnings: compositionWarnings(council, minimums, members),
    sessions: sessions.map((session) => ({
      id: session.id,
      date: session.date,
      agenda: session.agenda,
      minutes: session.minutes,
      members: session.members_count,
      quorum: session.quorum_required,
      present: session.present_count,
      quorumMet: !!session.quorum_met,
      attendees: attendance.filter((row) => row.session_id === session.id).map((row) => row.member_id),
    })),
    agreements: agreements.map((agreement) => ({
      id: agreement.id,
      sessionId: agreement.session_id,
      text: agreement.text,
      responsible: agreement.responsible,
      dueDate: agreement.due_date,
      status: agreement.status,
      overdue: isOverdue(agreement),
      followUps: followUps
        .filter((row) => row.agreement_id === agreement.id)
        .map((row) => ({
          sessionId: row.session_id,
          status: row.status,
          note: row.note,
          at: row.created_at,
        })),
    })),
  };
}

/** Creates a council in a region the caller manages; it is also registered as a "consejo regional" device. */
export async function addCouncil(ctx: Context, staff: StaffActor, input: NewCouncil) {
  requireManagedRegion(staff, input.regionCode);
  return commitChange(ctx, staff, async (trx, change) => {
    const device = await createDevice(trx, change, staff, {
      regionCode: input.regionCode,
      type: 'consejo_regional',
      name: input.name,
      startedOn: input.establishedOn,
      level: 'consultar',
    });
    const id = await insertCouncil(trx, {
      region_code: input.regionCode,
      name: input.name,
      established_on: input.establishedOn,
      device_instance_id: device.id,
      quorum: null,
      max_gender_share: input.maxGenderShare,
      created_by: staff.id,
      created_at: now(),
    });
    await replaceMinimums(trx, id, input.minimums);
    const after = {
      id,
      regionCode: input.regionCode,
      name: input.name,
      establishedOn: input.establishedOn,
      maxGenderShare: input.maxGenderShare,
      minimums: input.minimums,
      deviceKey: device.key,
    };
    await change.audit({
      action: 'council.create',
      entity: 'council',
      entityId: id,
      regionCode: input.regionCode,
      after,
    });
    return after;
  });
}

/** Changes the composition rules; a quorum above the members in office is refused. */
export async function setRules(ctx: Context, staff: StaffActor, id: number, rules: Rules) {
  return commitChange(ctx, staff, async (trx, change) => {
    const council = await loadCouncil(trx, staff, id, 'write');
    const members = (await membersOf(trx, [id])).filter((member) => inOffice(member, today()));
    const quorum = rules.quorum === undefined ? council.quorum : rules.quorum;
    if (quorum !== null && quorum > members.length) {
      throw new AppError('quorum_exceeds_membership', { quorum, members: members.length });
    }
    const before = {
      quorum: council.quorum,
      maxGenderShare: council.max_gender_share,
      minimums: minimumsMap(await minimumsOf(trx, [id]), id),
    };
    const maxGenderShare = rules.maxGenderShare ?? council.max_gender_share;
    await updateCouncil(trx, id, { quorum, max_gender_share: maxGenderShare });
    if (rules.minimums) await replaceMinimums(trx, id, rules.minimums);
    const after = { quorum, maxGenderShare, minimums: rules.minimums ?? before.minimums };
    await change.audit({
      action: 'council.rules',
      entity: 'council',
      entityId: id,
      regionCode: council.region_code,
      before,
      after,
    });
    return after;
  });
}

/** Adds a member for a term of office; a term that ends before it starts is refused. */
export async function addMember(ctx: Context, staff: StaffActor, councilId: number, input: NewMember) {
  if (input.termEnd && input.termEnd <= input.termStart) {
    throw new AppError('term_ends_before_start', { start: input.termStart, end: input.termEnd });
  }
  return commitChange(ctx, staff, async (trx, change) => {
    const council = await loadCouncil(trx, staff, councilId, 'write');
    if (input.actorId) {
      const actor = await findActor(trx, input.actorId);
      if (!actor || actor.region_code !== council.region_code)
        throw new AppError('not_found', { what: `actor ${input.actorId}` });
    }
    const id = await insertMember(trx, {
      council_id: councilId,
      actor_id: input.actorId ?? null,
      name: input.name,
      estate: input.estate,
      gender: input.gender,
      term_start: input.termStart,
      term_end: input.termEnd ?? null,
      created_at: now(),
    });
    const after = {
      id,
      councilId,
      name: input.name,
      estate: input.estate,
      gender: input.gender,
      termStart: input.termStart,
      termEnd: input.termEnd ?? null,
    };
    await change.audit({
      action: 'council.member.add',
      entity: 'council',
      entityId: councilId,
      regionCode: council.region_code,
      after,
    });
    return after;
  });
}

/** Ends (or reopens) a member's term. */
export async function changeMemberTerm(
  ctx: Context,
  staff: StaffActor,
  councilId: number,
  memberId: number,
  termEnd: string | null,
) {
  return commitChange(ctx, staff, async (trx, change) => {
    const council = await loadCouncil(trx, staff, councilId, 'write');
    const member = await findMember(trx, memberId);
    if (!member || member.council_id !== councilId)
      throw new AppError('not_found', { what: `integrante ${memberId}` });
    if (termEnd && termEnd <= member.term_start)
      throw new AppError('term_ends_before_start', { start: member.term_start, end: termEnd });
    await updateMember(trx, memberId, { term_end: termEnd });
    await change.audit({
      action: 'council.member.term',
      entity: 'council',
      entityId: councilId,
      regionCode: council.region_code,
      before: { memberId, termEnd: member.term_end },
      after: { memberId, termEnd },
    });
    return { id: memberId, termEnd };
  });
}

async function applyFollowUp(
  db: Db,
  staff: StaffActor,
  councilId: number,
  sessionId: number | null,
  followUp: FollowUp,
) {
  const agreement = await findAgreement(db, followUp.agreementId);
  if (!agreement || agreement.council_id !== councilId)
    throw new AppError('not_found', { what: `acuerdo ${followUp.agreementId}` });
  const at = now();
  await updateAgreementStatus(db, agreement.id, followUp.status, at);
  await insertFollowUp(db, {
    agreement_id: agreement.id,
    session_id: sessionId,
    status: followUp.status,
    note: followUp.note || null,
    recorded_by: staff.id,
    created_at: at,
  });
  return {
    agreementId: agreement.id,
    before: agreement.status,
    status: followUp.status,
    note: followUp.note || null,
  };
}

/**
 * Records a session in one transaction: agenda, attendance of members in office, the quorum check,
 * minutes, new agreements and the follow-up of earlier ones. Any bad part refuses the whole.
 */
export async function holdSession(ctx: Context, staff: StaffActor, councilId: number, input: NewSession) {
  return commitChange(ctx, staff, async (trx, change) => {
    const council = await loadCouncil(trx, staff, councilId, 'write');
    const members = (await membersOf(trx, [councilId])).filter((member) => inOffice(member, input.date));
    const quorum = input.quorum ?? quorumOf(council, members.length);
    if (quorum > members.length)
      throw new AppError('quorum_exceeds_membership', { quorum, members: members.length });
    const present = [...new Set(input.present)];
    for (const memberId of present) {
      if (!members.some((member) => member.id === memberId))
        throw new AppError('member_not_in_council', { member: memberId });
    }
    const quorumMet = present.length >= quorum;
    const sessionId = await insertSession(trx, {
      council_id: councilId,
      date: input.date,
      agenda: input.agenda,
      minutes: input.minutes || null,
      members_count: members.length,
      quorum_required: quorum,
      present_count: present.length,
      quorum_met: quorumMet ? 1 : 0,
      created_by: staff.id,
      created_at: now(),
    });
    await insertAttendance(trx, sessionId, present);
    const followUps = [];
    for (const followUp of input.followUps)
      followUps.push(await applyFollowUp(trx, staff, councilId, sessionId, followUp));
    const agreements = [];
    for (const agreement of input.agreements) {
      const stamp = now();
      const id = await insertAgreement(trx, {
        council_id: councilId,
        session_id: sessionId,
        text: agreement.text,
        responsible: agreement.responsible,
        due_date: agreement.dueDate,
        status: 'pendiente',
        created_at: stamp,
        updated_at: stamp,
      });
      agreements.push({ id, ...agreement, status: 'pendiente' });
    }
    const after = {
      sessionId,
      date: input.date,
      members: members.length,
      quorum,
      present: present.length,
      quorumMet,
      agreements,
      followUps,
    };
    await change.audit({
      action: 'council.session',
      entity: 'council',
      entityId: councilId,
      regionCode: council.region_code,
      after,
    });
    return after;
  });
}

/** Follows up an agreement between sessions. */
export async function followUpAgreement(
  ctx: Context,
  staff: StaffActor,
  agreementId: number,
  followUp: Omit<FollowUp, 'agreementId'>,
) {
  return commitChange(ctx, staff, async (trx, change) => {
    const agreement = await findAgreement(trx, agreementId);
    if (!agreement) throw new AppError('not_found', { what: `acuerdo ${agreementId}` });
    // Out of sight the agreement is unknown: the refusal names neither its council nor that council's id.
    const council = await loadCouncil(trx, staff, agreement.council_id, 'write', `acuerdo ${agreementId}`);
    const result = await applyFollowUp(trx, staff, council.id, null, { ...followUp, agreementId });
    await change.audit({
      action: 'council.agreement.follow_up',
      entity: 'council',
      entityId: council.id,
      regionCode: council.region_code,
      after: result,
    });
    return result;
  });
}

/** Publishes a council's page (or withdraws it), by the managers of its region; audited. */
export async function publishCouncil(ctx: Context, staff: StaffActor, id: number, published: boolean) {
  return commitChange(ctx, staff, async (trx, change) => {
    const council = await loadCouncil(trx, staff, id, 'write');
    const publishedAt = published ? (council.published_at ?? now()) : null;
    await updateCouncil(trx, id, { published_at: publishedAt });
    await change.audit({
      action: published ? 'council.publish' : 'council.unpublish',
      entity: 'council',
      entityId: id,
      regionCode: council.region_code,
      before: { publishedAt: council.published_at },
      after: { publishedAt },
    });
    return { id, publishedAt };
  });
}

/** The published councils, by region (no login). */
export async function publicCouncils(ctx: Context, region?: string) {
  const rows = await listPublishedCouncils(ctx.db, region);
  return {
    councils: rows.map((row) => ({
      id: row.id,
      name: row.name,
      regionCode: row.region_code,
      regionName: row.region_name,
      establishedOn: row.established_on,
    })),
  };
}

/**
 * A published council's public page: members in office by estate (name only: no gender, no actor,
 * no contact), sessions with their minutes and quorum, agreements with their follow-up (not who
 * recorded it). An unpublished council is "not found", as a missing one.
 */
export async function publicCouncil(ctx: Context, id: number) {
  const council = await findCouncil(ctx.db, id);
  if (!council?.published_at) throw new AppError('not_found', { what: `consejo ${id}` });
  const [[region], members, sessions, agreements] = await Promise.all([
    listPublishedCouncils(ctx.db, council.region_code).then((rows) => rows.filter((row) => row.id === id)),
    membersOf(ctx.db, [id]),
    sessionsOf(ctx.db, id),
    agreementsOf(ctx.db, [id]),
  ]);
  const followUps = await followUpsOf(
    ctx.db,
    agreements.map((agreement) => agreement.id),
  );
  const current = members.filter((member) => inOffice(member, today()));
  return {
    id,
    name: council.name,
    regionCode: council.region_code,
    regionName: region?.region_name ?? council.region_code,
    establishedOn: council.established_on,
    publishedAt: council.published_at,
    estates: estates
      .map((estate) => ({
        estate,
        members: current
          .filter((member) => member.estate === estate)
          .map((member) => ({ name: member.name, termStart: member.term_start, termEnd: member.term_end })),
      }))
      .filter((group) => group.members.length > 0),
    sessions: sessions.map((session) => ({
      id: session.id,
      date: session.date,
      agenda: session.agenda,
      minutes: session.minutes,
      present: session.present_count,
      quorum: session.quorum_required,
      quorumMet: !!session.quorum_met,
    })),
    agreements: agreements.map((agreement) => ({
      id: agreement.id,
      sessionId: agreement.session_id,
      text: agreement.text,
      responsible: agreement.responsible,
      dueDate: agreement.due_date,
      status: agreement.status,
      overdue: isOverdue(agreement),
      followUps: followUps
        .filter((row) => row.agreement_id === agreement.id)
        .map((row) => ({ status: row.status, note: row.note, on: row.created_at.slice(0, 10) })),
    })),
  };
}
