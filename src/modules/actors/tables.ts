import type { Generated } from 'kysely';

export interface ActorTable {
  id: Generated<number>;
  region_code: string;
  name: string;
  position: string | null;
  organization_id: number | null; // the shared registry of organisations (one organisation, one row)
  sector: string; // FORMAT.md vocabulary
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Personal contact data, kept apart from the actor. */
export interface ActorContactTable {
  actor_id: number;
  email: string | null;
  phone: string | null;
}

/** Where staff placed an actor on the region's stakeholder map (1–5 each). */
export interface StakeholderPlacementTable {
  actor_id: number;
  influence: number;
  interest: number;
  placed_by: number | null;
  placed_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    actors: ActorTable;
    actor_contacts: ActorContactTable;
    stakeholder_placements: StakeholderPlacementTable;
  }
}
