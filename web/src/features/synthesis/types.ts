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

export interface ThemeList {
  scope: string;
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
  dots: number;
  ideas: ThemeIdea[];
}

export interface DuplicateList {
  ideaId: number;
  duplicates: Array<{ ideaId: number; text: string; score: number }>;
}
