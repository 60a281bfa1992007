/**
 * Merge chains: an idea merged into another counts for the idea at the end of its chain. The
 * service never lets a chain loop; the guard here only keeps a corrupt store from hanging us.
 */
export function chainEnds(
  ideas: ReadonlyArray<{ id: number; merged_into_id: number | null }>,
): Map<number, number> {
  const next = new Map(ideas.map((idea) => [idea.id, idea.merged_into_id]));
  const ends = new Map<number, number>();
  for (const idea of ideas) {
    let current = idea.id;
    const seen = new Set<number>();
    while (true) {
      const known = ends.get(current);
      if (known !== undefined) {
        current = known;
        break;
      }
      const into = next.get(current);
      if (into === null || into === undefined || seen.has(into)) break;
      seen.add(current);
      current = into;
    }
    ends.set(idea.id, current);
  }
  return ends;
}

/** Ids whose chain ends at `endId` (the end itself included). */
export function groupOf(ends: Map<number, number>, endId: number): number[] {
  return [...ends.entries()].filter(([, end]) => end === endId).map(([id]) => id);
}

/** Dots per idea counted at the end of each merge chain: `votes` are dots on the idea voted. */
export function dotsAtChainEnds(
  links: ReadonlyArray<{ id: number; merged_into_id: number | null }>,
  votes: ReadonlyArray<{ idea_id: number; dots: number | string }>,
): Map<number, number> {
  const ends = chainEnds(links);
  const totals = new Map<number, number>();
  for (const vote of votes) {
    const end = ends.get(vote.idea_id) ?? vote.idea_id;
    totals.set(end, (totals.get(end) ?? 0) + Number(vote.dots));
  }
  return totals;
}
