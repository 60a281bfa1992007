import type { StaffActor } from '../../platform/auth/actor.js';
import { regionScope } from '../../platform/auth/policy.js';
import { type Change, commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { requireManagedRegion, requireManagedThing } from '../actors/index.js';
import { listRegions } from '../regions/index.js';
import {
  findDialogueAsDevice,
  findInstance,
  insertInstance,
  insertLevel,
  levelsOf,
  listDialoguesAsDevices,
  listInstances,
} from './queries.js';
import { DIALOGUE_DEFAULT_LEVEL, ladderLevels, levelRank, type NewDevice, type NewLevel } from './schema.js';

export interface LevelStep {
  level: string;
  since: string;
  note: string | null;
  /** True when nobody set it: a dialogue's default level from its date. */
  assumed: boolean;
}

export interface Device {
  key: string;
  source: 'instance' | 'dialogue';
  id: number;
  regionCode: string;
  type: string;
  name: string;
  startedOn: string;
  level: string;
  levelSince: string;
  history: LevelStep[];
}

/**
 * Every device of some regions: the instances staff registered, and every dialogue of the dialogue
 * room read as a "diálogo de innovación ciudadana" device. A dialogue's history is what staff set
 * for it here, preceded by the default level from its date unless a set level starts no later.
 */
export async function devicesIn(db: Db, regions: string[]): Promise<Device[]> {
  const [instances, dialogues] = await Promise.all([
    listInstances(db, regions),
    listDialoguesAsDevices(db, regions),
  ]);
  const levels = await levelsOf(
    db,
    instances.map((instance) => instance.id),
    dialogues.map((dialogue) => dialogue.id),
  );
  const step = (row: (typeof levels)[number]): LevelStep => ({
    level: row.level,
    since: row.since,
    note: row.note,
    assumed: false,
  });
  const devices: Device[] = [];
  for (const instance of instances) {
    const history = levels.filter((row) => row.instance_id === instance.id).map(step);
    devices.push(
      finish(
        {
          source: 'instance',
          id: instance.id,
          regionCode: instance.region_code,
          type: instance.type,
          name: instance.name,
          startedOn: instance.started_on,
        },
        history,
      ),
    );
  }
  for (const dialogue of dialogues) {
    const set = levels.filter((row) => row.dialogue_id === dialogue.id).map(step);
    const history =
      set.length && set[0].since <= dialogue.date
        ? set
        : [{ level: DIALOGUE_DEFAULT_LEVEL, since: dialogue.date, note: null, assumed: true }, ...set];
    devices.push(
      finish(
        {
          source: 'dialogue',
          id: dialogue.id,
          regionCode: dialogue.region_code,
          type: 'dialogo_innovacion_ciudadana',
          name: dialogue.title,
          startedOn: dialogue.date,
        },
        history,
      ),
    );
  }
  return devices.sort(
    (a, b) =>
      a.regionCode.localeCompare(b.regionCode) ||
      a.startedOn.localeCompare(b.startedOn) ||
      a.key.localeCompare(b.key),
  );
}

function finish(
  base: Omit<Device, 'key' | 'level' | 'levelSince' | 'history'>,
  history: LevelStep[],
): Device {
  const sorted = [...history].sort((a, b) => a.since.localeCompare(b.since));
  const current = sorted.at(-1) ?? { level: 'informar', since: base.startedOn };
  return {
    ...base,
    key: `${base.source}-${base.id}`,
    level: current.level,
    levelSince: current.since,
    history: sorted,
  };
}

/** Devices of the caller's regions (or one of them). */
export async function devicesFor(ctx: Context, staff: StaffActor, region?: string) {
  return { devices: await devicesIn(ctx.db, regionScope(staff, region)) };
}

/** Registers a device instance in a region the caller manages, with its first level. */
export async function addDevice(ctx: Context, staff: StaffActor, input: NewDevice) {
  requireManagedRegion(staff, input.regionCode);
  return commitChange(ctx, staff, (trx, change) => createDevice(trx, change, staff, input));
}

/** Inside a caller's transaction (councils create their device this way). */
export async function createDevice(db: Db, change: Change, staff: StaffActor, input: NewDevice) {
  const id = await insertInstance(db, {
    region_code: input.regionCode,
    type: input.type,
    name: input.name,
    description: input.description || null,
    started_on: input.startedOn,
    created_by: staff.id,
    created_at: now(),
  });
  await insertLevel(db, {
    instance_id: id,
    dialogue_id: null,
    level: input.level,
    since: input.startedOn,
    note: null,
    recorded_by: staff.id,
    recorded_at: now(),
  });
  const after = {
    id,
    regionCode: input.regionCode,
    type: input.type,
    name: input.name,
    startedOn: input.startedOn,
    level: input.level,
  };
  await change.audit({
    action: 'device.create',
    entity: 'device',
    entityId: `instance-${id}`,
    regionCode: input.regionCode,
    after,
  });
  return { key: `instance-${id}`, ...after };
}

/** Places a device (an instance or a dialogue) on a ladder level from a date; kept as history. */
export async function setDeviceLevel(
  ctx: Context,
  staff: StaffActor,
  source: 'instance' | 'dialogue',
  id: number,
  input: NewLevel,
) {
  return commitChange(ctx, staff, async (trx, change) => {
    const key = `${source}-${id}`;
    const device =
      source === 'instance'
        ? await findInstance(trx, id).then(
            (row) => row && { region: row.region_code, startedOn: row.started_on },
          )
        : await findDialogueAsDevice(trx, id).then(
            (row) => row && { region: row.region_code, startedOn: row.date },
          );
    if (!device) throw new AppError('not_found', { what: `dispositivo ${key}` });
    requireManagedThing(staff, device.region, `dispositivo ${key}`);
    if (source === 'instance' && input.since < device.startedOn) {
      throw new AppError('rule_broken', {
        detail: `El nivel no puede regir desde ${input.since}, antes de que el dispositivo empezara (${device.startedOn}).`,
      });
    }
    const [before] = (await devicesIn(trx, [device.region])).filter((candidate) => candidate.key === key);
    await insertLevel(trx, {
      instance_id: source === 'instance' ? id : null,
      dialogue_id: source === 'dialogue' ? id : null,
      level: input.level,
      since: input.since,
      note: input.note || null,
      recorded_by: staff.id,
      recorded_at: now(),
    });
    await change.audit({
      action: 'device.level',
      entity: 'device',
      entityId: key,
      regionCode: device.region,
      before: { level: before.level, since: before.levelSince },
      after: { level: input.level, since: input.since, note: input.note || null },
    });
    const [after] = (await devicesIn(trx, [device.region])).filter((candidate) => candidate.key === key);
    return after;
  });
}

/** The national view: per region, how many devices sit on each rung today and the highest reached. */
export async function compareRegions(ctx: Context, staff: StaffActor) {
  const scope = regionScope(staff);
  const [devices, regions] = await Promise.all([devicesIn(ctx.db, scope), listRegions(ctx.db)]);
  return {
    levels: ladderLevels,
    regions: regions
      .filter((region) => scope.includes(region.code))
      .map((region) => {
        const mine = devices.filter((device) => device.regionCode === region.code);
        const ranks = mine.map((device) => levelRank(device.level));
        return {
          regionCode: region.code,
          name: region.name,
          devices: mine.length,
          byLevel: Object.fromEntries(
            ladderLevels.map((level) => [level, mine.filter((device) => device.level === level).length]),
          ),
          highest: ranks.length ? ladderLevels[Math.max(...ranks) - 1] : null,
          averageRank: ranks.length
            ? Math.round((ranks.reduce((a, b) => a + b, 0) / ranks.length) * 100) / 100
            : null,
          rises: mine.reduce((total, device) => total + countRises(device.history), 0),
        };
      }),
  };
}

function countRises(history: LevelStep[]) {
  let rises = 0;
  for (let index = 1; index < history.length; index += 1) {
    if (levelRank(history[index].level) > levelRank(history[index - 1].level)) rises += 1;
  }
  return rises;
}
