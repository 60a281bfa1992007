import type { Db } from '../../platform/db/index.js';

/** A theme an idea is part of, as told by the synthesis feature once it lands. */
export interface IdeaTheme {
  ideaId: number;
  themeId: number;
  label: string;
}

/**
 * Extension point: the synthesis feature registers here how to find the themes of ideas (the
 * typed reference kind `theme`). Until then idea pages show no themes.
 */
export const ideaThemeProviders: Array<(db: Db, ideaIds: number[]) => Promise<IdeaTheme[]>> = [];

export async function themesOfIdeas(db: Db, ideaIds: number[]): Promise<IdeaTheme[]> {
  const lists = await Promise.all(ideaThemeProviders.map((provider) => provider(db, ideaIds)));
  return lists.flat();
}
