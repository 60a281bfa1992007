import type { Generated } from 'kysely';
import type { Rating } from '../vocabulary.js';

/**
 * The tables of the foundation. Timestamps are ISO-8601 text and dates YYYY-MM-DD text on both
 * dialects, booleans are 0/1, JSON is text, money and counts are integers.
 *
 * Other features add their tables by declaration merging in their own `tables.ts`:
 *   declare module '../../platform/db/schema.js' { interface Database { my_table: MyTable } }
 */
export interface Database {
  regions: RegionTable;
  settings: SettingTable;
  staff_users: StaffUserTable;
  staff_user_regions: StaffUserRegionTable;
  staff_sessions: StaffSessionTable;
  audit_log: AuditLogTable;
  organizations: OrganizationTable;
  dialogues: DialogueTable;
  dialogue_facilitators: DialogueFacilitatorTable;
  dialogue_tables: DialogueTableTable;
  dialogue_questions: DialogueQuestionTable;
  participants: ParticipantTable;
  ideas: IdeaTable;
  idea_merges: IdeaMergeTable;
  votes: VoteTable;
  vote_actions: VoteActionTable;
  evaluations: EvaluationTable;
  dialogue_events: DialogueEventTable;
}

export interface RegionTable {
  code: string; // ISO 3166-2:CL, e.g. CL-BI
  number: number;
  roman: string;
  name: string;
  macrozone: string;
  population_2024: number;
  population_15plus_2024: number;
  rural_share_2024: number;
  labour_force_2024_thousands: number;
  participation_rate_2024: number;
}

export interface SettingTable {
  key: string;
  value: string;
}

export type StaffRole = 'national' | 'regional' | 'facilitator';

export interface StaffUserTable {
  id: Generated<number>;
  email: string; // lower-cased
  name: string;
  role: StaffRole;
  password_hash: string;
  locale: 'es' | 'en';
  created_at: string;
  disabled_at: string | null;
}

export interface StaffUserRegionTable {
  user_id: number;
  region_code: string;
}

export interface StaffSessionTable {
  id: string; // sha-256 of the cookie token; the token itself is never stored
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_user_id: number | null; // null: the CLI or the system
  action: string; // e.g. dialogue.update, idea.hide
  entity: string; // table-ish name: dialogue, idea, staff_user
  entity_id: string;
  region_code: string | null;
  before_json: string | null;
  after_json: string | null;
  created_at: string;
}

export interface OrganizationTable {
  id: Generated<number>;
  name: string;
  kind: string | null; // FORMAT.md vocabulary
  region_code: string | null;
  external_id: string | null; // the producer's id, from an imported package
  created_at: string;
}

export type DialogueStatus = 'draft' | 'open' | 'live' | 'closed';
export type DialoguePhase = 'ideation' | 'voting' | 'evaluation';

export interface DialogueTable {
  id: Generated<number>;
  region_code: string;
  title: string;
  date: string; // YYYY-MM-DD
  venue: string | null;
  agenda: string | null;
  status: DialogueStatus;
  phase: DialoguePhase | null; // only while live (kept at the last phase once closed)
  dots_per_participant: number;
  max_dots_per_idea: number;
  join_code: string; // short, unambiguous, unique
  external_id: string | null;
  published_at: string | null; // open data
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface DialogueFacilitatorTable {
  dialogue_id: number;
  user_id: number;
}

/** A table (`mesa`) of a dialogue. */
export interface DialogueTableTable {
  id: Generated<number>;
  dialogue_id: number;
  number: number;
  name: string;
}

/** A challenge question ("¿Cómo podríamos…?"). */
export interface DialogueQuestionTable {
  id: Generated<number>;
  dialogue_id: number;
  position: number;
  text: string;
}

/** One person's attendance at one dialogue. */
export interface ParticipantTable {
  id: Generated<number>;
  dialogue_id: number;
  table_id: number | null;
  organization_id: number | null;
  name: string | null;
  email: string | null;
  sector: string | null;
  gender: string | null; // f, m, x
  age_band: string | null;
  consent_at: string | null; // explicit consent to the use of the data
  notify_consent_at: string | null; // consent to be e-mailed about the ideas' fate
  device_token_hash: string | null;
  external_id: string | null;
  erased_at: string | null;
  created_at: string;
}

export type IdeaSource = 'phone' | 'card' | 'import';

export interface IdeaTable {
  id: Generated<number>;
  dialogue_id: number;
  question_id: number | null;
  table_id: number | null;
  participant_id: number | null;
  text: string;
  source: IdeaSource;
  hidden_reason: string | null; // hidden ideas are kept, never deleted
  hidden_at: string | null;
  merged_into_id: number | null; // the idea it was merged into (same dialogue)
  client_key: string | null; // phone-chosen key: a re-sent idea is stored once
  external_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface IdeaMergeTable {
  id: Generated<number>;
  dialogue_id: number;
  source_idea_id: number;
  target_idea_id: number;
  merged_by: number | null;
  merged_at: string;
  undone_at: string | null;
}

/** Dots a participant holds on an idea. Stored on the idea voted; counted at the end of its merge chain. */
export interface VoteTable {
  dialogue_id: number;
  participant_id: number;
  idea_id: number;
  dots: number;
  updated_at: string;
}

/** Idempotency: the result of each client-keyed vote action, so a retry changes nothing. */
export interface VoteActionTable {
  participant_id: number;
  client_key: string;
  idea_id: number;
  delta: number;
  result_json: string;
  created_at: string;
}

export type { Rating };

export interface EvaluationTable {
  id: Generated<number>;
  dialogue_id: number;
  participant_id: number;
  rating: Rating;
  comment: string | null;
  created_at: string;
}

/** Domain events, written in the same transaction as the change; the live hub replays them on reconnect. */
export interface DialogueEventTable {
  id: Generated<number>;
  dialogue_id: number;
  type: string;
  payload_json: string;
  created_at: string;
}
