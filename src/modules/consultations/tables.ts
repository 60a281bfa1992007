import type { Generated } from 'kysely';

export interface ConsultationTable {
  id: Generated<number>;
  region_code: string | null; // null: a national consultation
  question: string;
  level: string; // ladderLevels: consultar or involucrar
  opens_at: string; // ISO timestamp
  closes_at: string;
  public_key: string; // the link and QR: /c/<key>
  created_by: number | null;
  created_at: string;
}

export interface ConsultationParticipantTable {
  id: Generated<number>;
  consultation_id: number;
  token_hash: string;
  created_at: string;
}

export interface ConsultationStatementTable {
  id: Generated<number>;
  consultation_id: number;
  text: string;
  origin: string; // statementOrigins (schema.ts)
  source_dialogue_id: number | null;
  source_idea_id: number | null;
  status: string; // statementStatuses (schema.ts)
  moderation_reason: string | null;
  moderated_by: number | null;
  moderated_at: string | null;
  author_participant_id: number | null;
  /** The phone's key for this statement: a resend returns the same statement (0830). */
  client_key: Generated<string | null>;
  created_at: string;
}

export interface ConsultationVoteTable {
  id: Generated<number>;
  consultation_id: number;
  participant_id: number;
  statement_id: number;
  vote: number; // 1 de acuerdo, −1 en desacuerdo, 0 paso
  voted_at: string;
  client_key: Generated<string | null>; // the phone's key of this vote's latest version (0830)
}

export interface ConsultationResultTable {
  consultation_id: number;
  votes: number;
  computed_at: string;
  result: string; // JSON: the groups as the staff page shows them
  state: string; // JSON: GroupState, for the next computation's patience
}

/** A consultation taken to a dialogue as challenge material (0831). */
export interface ConsultationDialogueTable {
  consultation_id: number;
  dialogue_id: number;
  created_by: number | null;
  created_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    consultations: ConsultationTable;
    consultation_participants: ConsultationParticipantTable;
    consultation_statements: ConsultationStatementTable;
    consultation_votes: ConsultationVoteTable;
    consultation_results: ConsultationResultTable;
    consultation_dialogues: ConsultationDialogueTable;
  }
}
