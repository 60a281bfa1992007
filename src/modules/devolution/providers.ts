import type { Db } from '../../platform/db/index.js';
import { publishedThemesOfIdeas } from '../synthesis/index.js';

/** A theme an idea is part of (the typed reference kind `theme`), from the synthesis feature. */
export interface IdeaTheme {
  ideaId: number;
  themeId: number;
  label: string;
}

/** Only themes staff published: an automatic theme or a name just typed is not public. */
export async function themesOfIdeas(db: Db, ideaIds: number[]): Promise<IdeaTheme[]> {
  const rows = await publishedThemesOfIdeas(db, ideaIds);
  return rows.map((row) => ({ ideaId: row.idea_id, themeId: row.theme_id, label: row.label }));
}
