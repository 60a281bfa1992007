import type { Insertable } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { DeviceInstanceTable, DeviceLevelTable } from './tables.js';

const scope = (regions: string[]) => (regions.length ? regions : ['-']);

export async function insertInstance(db: Db, row: Insertable<DeviceInstanceTable>) {
  const inserted = await db
    .insertInto('device_instances')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertLevel(db: Db, row: Insertable<DeviceLevelTable>) {
  const inserted = await db.insertInto('device_levels').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function findInstance(db: Db, id: number) {
  return db.selectFrom('device_instances').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The dialogues table read as devices: region, title, date (read only; the dialogue room owns it). */
export async function findDialogueAsDevice(db: Db, id: number) {
  return db
    .selectFrom('dialogues')
    .select(['id', 'region_code', 'title', 'date'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listInstances(db: Db, regions: string[]) {
  return db
    .selectFrom('device_instances')
    .selectAll()
    .where('region_code', 'in', scope(regions))
    .orderBy('started_on')
    .orderBy('id')
    .execute();
}

export async function listDialoguesAsDevices(db: Db, regions: string[]) {
  return db
    .selectFrom('dialogues')
    .select(['id', 'region_code', 'title', 'date'])
    .where('region_code', 'in', scope(regions))
    .orderBy('date')
    .orderBy('id')
    .execute();
}

/** Level history of the given instances and dialogues, oldest first. */
export async function levelsOf(db: Db, instanceIds: number[], dialogueIds: number[]) {
  if (!instanceIds.length && !dialogueIds.length) return [];
  return db
    .selectFrom('device_levels')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('instance_id', 'in', instanceIds.length ? instanceIds : [-1]),
        eb('dialogue_id', 'in', dialogueIds.length ? dialogueIds : [-1]),
      ]),
    )
    .orderBy('since')
    .orderBy('id')
    .execute();
}
