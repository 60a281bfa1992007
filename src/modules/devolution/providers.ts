import type { Db } from '../../platform/db/index.js';
import { activeThemesOfIdeas } from '../synthesis/index.js';

/** A theme an idea is part of (the typed reference kind `theme`), from the synthesis feature. */
export interface IdeaTheme {
  ideaId: number;
  themeId: number;
  label: string;
}

export async function themesOfIdeas(db: Db, ideaIds: number[]): Promise<IdeaTheme[]> {
  const rows = await activeThemesOfIdeas(db, ideaIds);
  return rows.map((row) => ({ ideaId: row.idea_id, themeId: row.theme_id, label: row.label }));
}
