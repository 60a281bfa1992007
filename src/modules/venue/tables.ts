/** The venue kit's tables (migration 0700_venue). */
export interface VenueCheckoutTable {
  id: string; // the checkout's id, named in both files
  dialogue_id: number;
  region_code: string;
  secret: string; // hex; the laptop signs its export with it
  snapshot_json: string; // the dialogue as checked out (see Snapshot in schema.ts)
  created_by: number | null;
  created_at: string;
  imported_at: string | null;
  imported_by: number | null;
  imported_digest: string | null; // sha-256 of the imported export's body
  import_summary_json: string | null;
}

export interface VenueOpeningTable {
  checkout_id: string;
  dialogue_id: number; // the laptop's dialogue
  national_dialogue_id: number;
  region_code: string;
  secret: string;
  origins_json: string; // { questions: {localId: nationalId}, tables: {localId: nationalId} }
  opened_at: string;
  exported_at: string | null;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    venue_checkouts: VenueCheckoutTable;
    venue_openings: VenueOpeningTable;
  }
}
