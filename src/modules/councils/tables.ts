import type { Generated } from 'kysely';

export interface CouncilTable {
  id: Generated<number>;
  region_code: string;
  name: string;
  established_on: string;
  device_instance_id: number | null; // the council as a participation device (consejo regional)
  quorum: number | null; // null: a simple majority of the members in office
  max_gender_share: number; // percent: no gender above it
  published_at: string | null; // its public page exists since then (null: not public)
  created_by: number | null;
  created_at: string;
}

export interface CouncilEstateMinimumTable {
  council_id: number;
  estate: string;
  min_seats: number;
}

export interface CouncilMemberTable {
  id: Generated<number>;
  council_id: number;
  actor_id: number | null;
  name: string;
  estate: string;
  gender: string; // f, m, x
  term_start: string;
  term_end: string | null;
  created_at: string;
}

export interface CouncilSessionTable {
  id: Generated<number>;
  council_id: number;
  date: string;
  agenda: string;
  minutes: string | null;
  members_count: number; // members in office on the session's date
  quorum_required: number;
  present_count: number;
  quorum_met: number; // 0/1
  created_by: number | null;
  created_at: string;
}

export interface CouncilAttendanceTable {
  session_id: number;
  member_id: number;
}

export interface CouncilAgreementTable {
  id: Generated<number>;
  council_id: number;
  session_id: number | null;
  text: string;
  responsible: string;
  due_date: string;
  status: string; // agreementStatuses
  created_at: string;
  updated_at: string;
}

export interface CouncilAgreementFollowupTable {
  id: Generated<number>;
  agreement_id: number;
  session_id: number | null;
  status: string;
  note: string | null;
  recorded_by: number | null;
  created_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    councils: CouncilTable;
    council_estate_minimums: CouncilEstateMinimumTable;
    council_members: CouncilMemberTable;
    council_sessions: CouncilSessionTable;
    council_attendance: CouncilAttendanceTable;
    council_agreements: CouncilAgreementTable;
    council_agreement_followups: CouncilAgreementFollowupTable;
  }
}
