import type { Generated } from 'kysely';

declare module '../../platform/db/schema.js' {
  interface Database {
    cycles: CycleTable;
    cycle_tracks: CycleTrackTable;
    cycle_phases: CyclePhaseTable;
    feedback_sessions: FeedbackSessionTable;
    phase_attachments: PhaseAttachmentTable;
  }
}

export type CycleStatus = 'abierto' | 'cerrado';

/** One national cycle per year. */
export interface CycleTable {
  id: Generated<number>;
  year: number;
  title: string;
  status: CycleStatus;
  requires_source: number; // 1: every initiative must come from an idea or a theme
  previous_cycle_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** A region's run of the cycle. */
export interface CycleTrackTable {
  id: Generated<number>;
  cycle_id: number;
  region_code: string;
  starting_notes: string | null; // copied from the previous cycle's evaluation
  evaluation_notes: string | null; // lessons of this cycle, the next one starts from them
  created_at: string;
  updated_at: string;
}

export interface CyclePhaseTable {
  id: Generated<number>;
  track_id: number;
  phase: string; // see phaseNames
  position: number;
  starts_on: string;
  ends_on: string;
  completed_at: string | null;
}

/** A short feedback cycle inside implementation: a session with the region's participants or council. */
export interface FeedbackSessionTable {
  id: Generated<number>;
  track_id: number;
  title: string;
  audience: string; // participantes | consejo
  planned_on: string;
  held_on: string | null;
  attendees: number | null;
  notes: string | null;
  ref_kind: string | null; // typed reference, e.g. council_session
  ref_id: number | null;
  created_at: string;
  updated_at: string;
}

/** What a phase produced: a dialogue, or a typed reference to another feature's record. */
export interface PhaseAttachmentTable {
  id: Generated<number>;
  phase_id: number;
  kind: string; // see referenceKinds
  ref_id: number;
  label: string | null;
  created_by: number | null;
  created_at: string;
}
