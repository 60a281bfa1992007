/** The projector's link of a dialogue: its secret, shown in the console and typed on the venue's PC. */
export interface DialogueScreenTable {
  dialogue_id: number;
  key: string;
  created_by: number | null;
  created_at: string;
}

/** What the facilitator chose the projector to show (0711_screen_view). */
export interface DialogueScreenViewTable {
  dialogue_id: number;
  ranking_hidden: number; // 0/1
  spotlight_idea_id: number | null;
  countdown_ends_at: string | null;
  updated_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    dialogue_screens: DialogueScreenTable;
    dialogue_screen_views: DialogueScreenViewTable;
  }
}
