import type { Generated } from 'kysely';

/** Karabirrdt planning tables (Dragon Dreaming), merged into the store's `Database`. */
declare module '../../platform/db/schema.js' {
  interface Database {
    karabirrdt_plans: KarabirrdtPlanTable;
    karabirrdt_members: KarabirrdtMemberTable;
    karabirrdt_dreams: KarabirrdtDreamTable;
    karabirrdt_objectives: KarabirrdtObjectiveTable;
    karabirrdt_poll: KarabirrdtPollTable;
    karabirrdt_tasks: KarabirrdtTaskTable;
    karabirrdt_task_people: KarabirrdtTaskPersonTable;
    karabirrdt_threads: KarabirrdtThreadTable;
    karabirrdt_events: KarabirrdtEventTable;
  }
}

export interface KarabirrdtPlanTable {
  id: Generated<number>;
  title: string;
  region_code: string | null; // null: a national plan
  start_date: string;
  end_date: string | null;
  dots_per_member: number; // straw poll budget of each member
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** A person taking part: a staff user or just a named person. */
export interface KarabirrdtMemberTable {
  id: Generated<number>;
  plan_id: number;
  user_id: number | null;
  name: string;
  created_at: string;
}

/** A contribution to the dream circle, in the person's words; evaluated at the end. */
export interface KarabirrdtDreamTable {
  id: Generated<number>;
  plan_id: number;
  member_id: number | null;
  text: string;
  achieved: number | null; // null: not evaluated yet; 1 achieved; 0 not achieved
  evaluation_note: string | null;
  created_at: string;
}

export interface KarabirrdtObjectiveTable {
  id: Generated<number>;
  plan_id: number;
  title: string;
  position: number;
  created_at: string;
}

/** Dots of one member on one objective in the straw poll. */
export interface KarabirrdtPollTable {
  plan_id: number;
  member_id: number;
  objective_id: number;
  dots: number;
}

export type TaskStatus = 'pending' | 'in_progress' | 'done';

export interface KarabirrdtTaskTable {
  id: Generated<number>;
  plan_id: number;
  title: string;
  description: string | null;
  step: number; // 1–12, see steps.ts
  objective_id: number | null;
  hours: number;
  cost: number; // whole pesos
  duration_days: number;
  start_date: string | null;
  due_date: string | null;
  status: TaskStatus;
  version: number; // optimistic concurrency: every change adds one
  created_at: string;
  updated_at: string;
}

export type TaskPersonKind = 'can' | 'learn';

export interface KarabirrdtTaskPersonTable {
  task_id: number;
  member_id: number;
  kind: TaskPersonKind;
}

/** A thread: `to_task_id` starts once `from_task_id` is finished. */
export interface KarabirrdtThreadTable {
  id: Generated<number>;
  plan_id: number;
  from_task_id: number;
  to_task_id: number;
}

/** Changes of a plan, stored with the change and pushed to the plan's live room after commit. */
export interface KarabirrdtEventTable {
  id: Generated<number>;
  plan_id: number;
  type: string;
  payload_json: string;
  created_at: string;
}
