import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type {
  CyclePhaseTable,
  CycleTable,
  CycleTrackTable,
  FeedbackSessionTable,
  PhaseAttachmentTable,
} from './tables.js';
import './tables.js';
import { cycleOfScope, regionOfScope } from '../../platform/scopes.js';

export async function listCycles(db: Db) {
  return db.selectFrom('cycles').selectAll().orderBy('year', 'desc').execute();
}

export async function findCycle(db: Db, id: number) {
  return db.selectFrom('cycles').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCycleByYear(db: Db, year: number) {
  return db.selectFrom('cycles').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function findLatestCycleBefore(db: Db, year: number) {
  return db
    .selectFrom('cycles')
    .selectAll()
    .where('year', '<', year)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertCycle(db: Db, cycle: Insertable<CycleTable>) {
  return (await db.insertInto('cycles').values(cycle).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCycle(db: Db, id: number, patch: Updateable<CycleTable>) {
  await db.updateTable('cycles').set(patch).where('id', '=', id).execute();
}

export async function insertTrack(db: Db, track: Insertable<CycleTrackTable>) {
  return (await db.insertInto('cycle_tracks').values(track).returning('id').executeTakeFirstOrThrow()).id;
}

export async function listTracks(db: Db, cycleId: number, regions: string[]) {
  if (!regions.length) return [];
  return db
    .selectFrom('cycle_tracks')
    .innerJoin('regions', 'regions.code', 'cycle_tracks.region_code')
    .selectAll('cycle_tracks')
    .select(['regions.name as region_name', 'regions.number as region_number'])
    .where('cycle_id', '=', cycleId)
    .where('region_code', 'in', regions)
    .orderBy('regions.number')
    .execute();
}

export async function findTrack(db: Db, id: number) {
  return db
    .selectFrom('cycle_tracks')
    .innerJoin('cycles', 'cycles.id', 'cycle_tracks.cycle_id')
    .innerJoin('regions', 'regions.code', 'cycle_tracks.region_code')
    .selectAll('cycle_tracks')
    .select([
      'cycles.year',
      'cycles.status as cycle_status',
      'cycles.title as cycle_title',
      'regions.name as region_name',
    ])
    .where('cycle_tracks.id', '=', id)
    .executeTakeFirst();
}

export async function findTrackByRegion(db: Db, cycleId: number, regionCode: string) {
  return db
    .selectFrom('cycle_tracks')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
}

export async function updateTrack(db: Db, id: number, patch: Updateable<CycleTrackTable>) {
  await db.updateTable('cycle_tracks').set(patch).where('id', '=', id).execute();
}

export async function insertPhases(db: Db, phases: Insertable<CyclePhaseTable>[]) {
  if (phases.length) await db.insertInto('cycle_phases').values(phases).execute();
}

export async function listPhases(db: Db, trackIds: number[]) {
  if (!trackIds.length) return [];
  return db
    .selectFrom('cycle_phases')
    .selectAll()
    .where('track_id', 'in', trackIds)
    .orderBy('track_id')
    .orderBy('position')
    .execute();
}

export async function findPhase(db: Db, id: number) {
  return db.selectFrom('cycle_phases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePhase(db: Db, id: number, patch: Updateable<CyclePhaseTable>) {
  await db.updateTable('cycle_phases').set(patch).where('id', '=', id).execute();
}

export async function insertFeedbackSession(db: Db, session: Insertable<FeedbackSessionTable>) {
  return (await db.insertInto('feedback_sessions').values(session).returning('id').executeTakeFirstOrThrow())
    .id;
}

export async function listFeedbackSessions(db: Db, trackIds: number[]) {
  if (!trackIds.length) return [];
  return db
    .selectFrom('feedback_sessions')
    .selectAll()
    .where('track_id', 'in', trackIds)
    .orderBy('planned_on')
    .orderBy('id')
    .execute();
}

export async function findFeedbackSession(db: Db, id: number) {
  return db.selectFrom('feedback_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateFeedbackSession(db: Db, id: number, patch: Updateable<FeedbackSessionTable>) {
  await db.updateTable('feedback_sessions').set(patch).where('id', '=', id).execute();
}

export async function insertAttachment(db: Db, attachment: Insertable<PhaseAttachmentTable>) {
  const row = await db
    .insertInto('phase_attachments')
    .values(attachment)
    .onConflict((conflict) => conflict.columns(['phase_id', 'kind', 'ref_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function listAttachments(db: Db, phaseIds: number[]) {
  if (!phaseIds.length) return [];
  return db
    .selectFrom('phase_attachments')
    .leftJoin('dialogues', (join) =>
      join
        .onRef('dialogues.id', '=', 'phase_attachments.ref_id')
        .on('phase_attachments.kind', '=', 'dialogue'),
    )
    .selectAll('phase_attachments')
    .select(['dialogues.title as dialogue_title', 'dialogues.date as dialogue_date'])
    .where('phase_id', 'in', phaseIds)
    .orderBy('phase_attachments.id')
    .execute();
}

export async function findAttachment(db: Db, id: number) {
  return db.selectFrom('phase_attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteAttachment(db: Db, id: number) {
  await db.deleteFrom('phase_attachments').where('id', '=', id).execute();
}

export async function findDialogue(db: Db, id: number) {
  return db
    .selectFrom('dialogues')
    .select(['id', 'region_code', 'title', 'date', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Dialogues attached to any phase of the given tracks, with the track they serve. */
export async function dialoguesOfTracks(db: Db, trackIds: number[]) {
  if (!trackIds.length) return [];
  return db
    .selectFrom('phase_attachments')
    .innerJoin('cycle_phases', 'cycle_phases.id', 'phase_attachments.phase_id')
    .innerJoin('dialogues', 'dialogues.id', 'phase_attachments.ref_id')
    .select(['cycle_phases.track_id', 'dialogues.id', 'dialogues.date', 'dialogues.title'])
    .where('phase_attachments.kind', '=', 'dialogue')
    .where('cycle_phases.track_id', 'in', trackIds)
    .distinct()
    .execute();
}

export async function countTracks(db: Db, cycleId: number) {
  const row = await db
    .selectFrom('cycle_tracks')
    .select(countAll().as('n'))
    .where('cycle_id', '=', cycleId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What a typed reference points to: its region (null: any region), for a theme its cycle, and a label. */
export interface ReferenceTarget {
  regionCode: string | null;
  /** A theme of an annual cycle's scope serves only that cycle's tracks. */
  cycleId?: number | null;
  label: string;
}

/**
 * What a typed reference points to, with its region and a readable label, or undefined when it
 * does not exist. One query per kind of the listening, councils and synthesis features.
 */
export async function findReference(db: Db, kind: string, id: number): Promise<ReferenceTarget | undefined> {
  if (kind === 'dialogue') {
    const row = await findDialogue(db, id);
    return row && { regionCode: row.region_code, label: row.title };
  }
  if (kind === 'interview') {
    const row = await db
      .selectFrom('interviews as i')
      .innerJoin('actors as a', 'a.id', 'i.actor_id')
      .select(['i.region_code', 'i.date', 'a.name'])
      .where('i.id', '=', id)
      .executeTakeFirst();
    return row && { regionCode: row.region_code, label: `Entrevista a ${row.name} (${row.date})` };
  }
  if (kind === 'council_session' || kind === 'council') {
    const row =
      kind === 'council'
        ? await db
            .selectFrom('councils')
            .select(['region_code', 'name'])
            .where('id', '=', id)
            .executeTakeFirst()
        : await db
            .selectFrom('council_sessions as s')
            .innerJoin('councils as c', 'c.id', 's.council_id')
            .select(['c.region_code', 'c.name', 's.date'])
            .where('s.id', '=', id)
            .executeTakeFirst();
    if (!row) return undefined;
    const label = 'date' in row ? `${row.name}: sesión del ${row.date}` : row.name;
    return { regionCode: row.region_code, label };
  }
  if (kind === 'consultation') {
    const row = await db
      .selectFrom('consultations')
      .select(['region_code', 'question'])
      .where('id', '=', id)
      .executeTakeFirst();
    // A national consultation (no region) may serve any region's track.
    return row && { regionCode: row.region_code, label: `Consulta en línea: ${row.question}` };
  }
  if (kind === 'theme') {
    const row = await db
      .selectFrom('synthesis_themes')
      .select(['scope', 'label'])
      .where('id', '=', id)
      .executeTakeFirst();
    // A national theme (scope CL) may serve any region's track; a cycle's theme, any track of that cycle.
    return (
      row && {
        regionCode: regionOfScope(row.scope),
        cycleId: cycleOfScope(row.scope),
        label: row.label,
      }
    );
  }
  return undefined;
}

/** `column` contains `text`, in any case; % and _ are letters (escaped), on both stores. */
const contains = (column: string, text: string) =>
  sql<boolean>`lower(${sql.ref(column)}) like ${`%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/**
 * What a phase of a region's track may attach, newest first, searched by title (a dialogue's
 * title, an interviewed actor's or a council's name, a theme's label): the picker of the track page.
 */
export async function attachCandidates(
  db: Db,
  filter: { kind: string; regionCode: string; cycleId: number; q?: string; limit: number },
): Promise<Array<{ refId: number; label: string; date: string | null }>> {
  const words = filter.q;
  if (filter.kind === 'dialogue') {
    let query = db
      .selectFrom('dialogues')
      .select(['id', 'title', 'date'])
      .where('region_code', '=', filter.regionCode);
    if (words) query = query.where(contains('title', words));
    const rows = await query.orderBy('date', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
    return rows.map((row) => ({ refId: row.id, label: row.title, date: row.date }));
  }
  if (filter.kind === 'interview') {
    let query = db
      .selectFrom('interviews as i')
      .innerJoin('actors as a', 'a.id', 'i.actor_id')
      .select(['i.id', 'i.date', 'a.name'])
      .where('i.region_code', '=', filter.regionCode);
    if (words) query = query.where(contains('a.name', words));
    const rows = await query.orderBy('i.date', 'desc').orderBy('i.id', 'desc').limit(filter.limit).execute();
    return rows.map((row) => ({
      refId: row.id,
      label: `Entrevista a ${row.name} (${row.date})`,
      date: row.date,
    }));
  }
  if (filter.kind === 'council_session') {
    let query = db
      .selectFrom('council_sessions as s')
      .innerJoin('councils as c', 'c.id', 's.council_id')
      .select(['s.id', 's.date', 'c.name'])
      .where('c.region_code', '=', filter.regionCode);
    if (words) query = query.where(contains('c.name', words));
    const rows = await query.orderBy('s.date', 'desc').orderBy('s.id', 'desc').limit(filter.limit).execute();
    return rows.map((row) => ({
      refId: row.id,
      label: `${row.name}: sesión del ${row.date}`,
      date: row.date,
    }));
  }
  if (filter.kind === 'consultation') {
    // The region's consultations and the national ones (no region), as attaching accepts them.
    let query = db
      .selectFrom('consultations')
      .select(['id', 'question', 'opens_at'])
      .where((where) =>
        where.or([where('region_code', '=', filter.regionCode), where('region_code', 'is', null)]),
      );
    if (words) query = query.where(contains('question', words));
    const rows = await query.orderBy('opens_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
    return rows.map((row) => ({
      refId: row.id,
      label: `Consulta en línea: ${row.question}`,
      date: row.opens_at.slice(0, 10),
    }));
  }
  // Themes of the region, the nation's (CL) and the cycle's own, as attaching accepts them.
  let query = db
    .selectFrom('synthesis_themes')
    .select(['id', 'label'])
    .where('status', '=', 'active')
    .where('scope', 'in', [filter.regionCode, 'CL', `ciclo-${filter.cycleId}`]);
  if (words) query = query.where(contains('label', words));
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((row) => ({ refId: row.id, label: row.label, date: null }));
}
