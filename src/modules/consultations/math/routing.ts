/**
 * Which statement a person sees next. Each statement has an importance
 *   importance = (1 − (P+1)/(S+2)) · (E+1) · (A+1)/(S+2)
 * (A agrees, P passes, S votes seen, E its extremity on the map): statements people answer
 * rather than pass, that agree, and that separate opinions matter more. New statements get a
 * boost that fades with votes, and the whole is squared to sharpen the choice:
 *   priority = (importance · (1 + 8 · 2^(−S/5)))²
 * The next statement is drawn at random in proportion to priority among those the person has
 * not voted on. While few votes exist, seeded statements come first.
 */
export interface StatementStats {
  agree: number;
  pass: number;
  seen: number;
  extremity: number;
  seeded?: boolean;
}

/** A seeded statement is shown first until it has this many votes. */
export const seededFirstUntil = 10;

export function importance({ agree, pass, seen, extremity }: StatementStats): number {
  return (1 - (pass + 1) / (seen + 2)) * (extremity + 1) * ((agree + 1) / (seen + 2));
}

export function priority(stats: StatementStats): number {
  const boosted = importance(stats) * (1 + 8 * 2 ** (-stats.seen / 5));
  return boosted * boosted;
}

/**
 * Draws the next statement (an index into `statements`) among those not in `voted`, or null
 * when the person has voted on all. `random` returns a uniform number in [0, 1).
 */
export function nextStatement(
  statements: ReadonlyArray<StatementStats>,
  voted: ReadonlySet<number>,
  random: () => number,
): number | null {
  let open = statements.map((_, index) => index).filter((index) => !voted.has(index));
  if (open.length === 0) return null;
  const seededFirst = open.filter(
    (index) => statements[index].seeded && statements[index].seen < seededFirstUntil,
  );
  if (seededFirst.length) open = seededFirst;
  const weights = open.map((index) => priority(statements[index]));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (!(total > 0)) return open[Math.floor(random() * open.length)];
  let target = random() * total;
  for (let position = 0; position < open.length; position += 1) {
    target -= weights[position];
    if (target < 0) return open[position];
  }
  return open[open.length - 1];
}
