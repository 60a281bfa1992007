declare module '../../platform/db/schema.js' {
  interface Database {
    staff_identities: StaffIdentityTable;
    oidc_logins: OidcLoginTable;
    staff_invitations: StaffInvitationTable;
  }
}

/** A staff account as an OpenID Connect provider knows it: (issuer, subject), never its claims. */
export interface StaffIdentityTable {
  issuer: string;
  subject: string;
  user_id: number;
  created_at: string;
}

export type OidcPurpose = 'staff' | 'participant';

/** A sign-in under way: what the callback must find, spent at the first use. */
export interface OidcLoginTable {
  state_hash: string;
  /** Hash of a cookie of the browser that started it: a callback from another browser is refused. */
  browser_hash: string;
  nonce: string;
  code_verifier: string;
  purpose: OidcPurpose;
  next: string | null;
  invitation_hash: string | null;
  expires_at: string;
  created_at: string;
}

/** A national-team invitation to link one account to whatever identity signs in with it. */
export interface StaffInvitationTable {
  token_hash: string;
  user_id: number;
  created_by: number | null;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    dialogue_verification: DialogueVerificationTable;
    verified_voices: VerifiedVoiceTable;
    verification_tickets: VerificationTicketTable;
  }
}

/** A dialogue that asks its participants to prove who they are (one person, one voice). */
export interface DialogueVerificationTable {
  dialogue_id: number;
  required: number; // 0 | 1
  updated_at: string;
}

/** One verified person in one dialogue: a salted hash of the RUN, never the RUN itself. */
export interface VerifiedVoiceTable {
  dialogue_id: number;
  run_hash: string;
  participant_id: number | null;
  created_at: string;
}

/** Between the provider's callback and the join form: spent by the join. */
export interface VerificationTicketTable {
  token_hash: string;
  dialogue_id: number;
  run_hash: string;
  expires_at: string;
}
