import type { Generated } from 'kysely';

export interface DeviceInstanceTable {
  id: Generated<number>;
  region_code: string;
  type: string; // deviceTypes
  name: string;
  description: string | null;
  started_on: string; // YYYY-MM-DD
  created_by: number | null;
  created_at: string;
}

/** One step of a device's history on the participation ladder: it reached `level` on `since`. */
export interface DeviceLevelTable {
  id: Generated<number>;
  instance_id: number | null;
  dialogue_id: number | null; // a dialogue is a device too; exactly one of the two ids is set
  level: string; // ladderLevels
  since: string; // YYYY-MM-DD
  note: string | null;
  recorded_by: number | null;
  recorded_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    device_instances: DeviceInstanceTable;
    device_levels: DeviceLevelTable;
  }
}
