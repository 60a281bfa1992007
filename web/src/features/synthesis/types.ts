export interface ThemeSummary {
  id: number;
  label: string;
  keywords: string[];
  kept: boolean;
  labelLocked: boolean;
  ideaCount: number;
  dialogueCount: number;
  dots: number;
}

/** An annual cycle offered as a scope (from `GET /api/cycles`). */
export interface CycleChoice {
  id: number;
  year: number;
  title: string;
  status: string;
}

export interface ThemeList {
  scope: string;
  /** The annual cycle behind a `ciclo-<id>` scope. */
  cycle: { id: number; year: number; status: string } | null;
  /** The caller sees only the ideas of their regions' dialogues (a cycle, outside the national team). */
  partial: boolean;
  /** The caller may group and correct this scope's themes. */
  canChange: boolean;
  unassigned: number;
  run: { id: number; createdAt: string; k: number; kChoice: string; ideaCount: number } | null;
  themes: ThemeSummary[];
}

export interface ThemeIdea {
  id: number;
  text: string;
  dots: number;
  pinned: boolean;
  dialogue: { id: number; title: string; date: string; regionCode: string };
  table: { number: number; name: string } | null;
}

export interface ThemeDetail {
  id: number;
  scope: string;
  label: string;
  keywords: string[];
  status: 'active' | 'merged' | 'retired';
  mergedIntoId: number | null;
  kept: boolean;
  labelLocked: boolean;
  partial: boolean;
  canChange: boolean;
  dots: number;
  ideas: ThemeIdea[];
}

export interface DuplicateList {
  ideaId: number;
  duplicates: Array<{ ideaId: number; text: string; score: number }>;
}
