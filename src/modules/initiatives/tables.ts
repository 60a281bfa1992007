import type { Generated } from 'kysely';

declare module '../../platform/db/schema.js' {
  interface Database {
    initiatives: InitiativeTable;
    initiative_sources: InitiativeSourceTable;
    initiative_milestones: InitiativeMilestoneTable;
    initiative_updates: InitiativeUpdateTable;
  }
}

export const initiativeStatuses = [
  'propuesta',
  'aprobada',
  'en_ejecucion',
  'terminada',
  'descartada',
] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];
/** Statuses that end an initiative: it is not carried over to the next cycle. */
export const finishedStatuses: InitiativeStatus[] = ['terminada', 'descartada'];

export interface InitiativeTable {
  id: Generated<number>;
  cycle_id: number;
  region_code: string | null; // null: national initiative
  title: string;
  description: string | null;
  responsible_unit: string;
  budget_pesos: number;
  status: InitiativeStatus;
  discard_reason: string | null;
  progress_percent: number;
  carried_from_id: number | null; // the same initiative in the previous cycle
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** The trail: which prioritised idea or theme an initiative came from (typed reference). */
export interface InitiativeSourceTable {
  initiative_id: number;
  kind: string; // idea | theme
  ref_id: number;
  label: string | null; // shown until the referenced feature can resolve it
  created_at: string;
}

export interface InitiativeMilestoneTable {
  id: Generated<number>;
  initiative_id: number;
  position: number;
  title: string;
  due_on: string;
  done_on: string | null;
}

export interface InitiativeUpdateTable {
  id: Generated<number>;
  initiative_id: number;
  reported_on: string;
  status_before: InitiativeStatus;
  status_after: InitiativeStatus;
  progress_before: number;
  progress_after: number;
  note: string | null;
  origin: 'manual' | 'bulk' | 'carry_over';
  author_id: number | null;
  created_at: string;
}
