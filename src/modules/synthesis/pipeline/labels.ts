import { surfaceOf } from './text.js';
import type { SparseMatrix } from './vectors.js';

/**
 * Class-based TF-IDF (as in BERTopic's c-TF-IDF): a term's share of its theme's words times
 * log(1 + average words per theme / the term's frequency overall). Terms frequent in one theme and
 * rare elsewhere rise to the top; stems are shown as their most frequent surface word.
 */
export function distinctiveTerms(
  counts: SparseMatrix,
  terms: string[],
  assignment: Int32Array,
  k: number,
  surfaces: Map<string, Map<string, number>>,
  howMany = 6,
): string[][] {
  const perTheme: Array<Map<number, number>> = Array.from({ length: k }, () => new Map());
  const themeTotals = new Float64Array(k);
  const termTotals = new Float64Array(counts.columns);
  for (let row = 0; row < counts.rows; row += 1) {
    const theme = assignment[row];
    const bucket = perTheme[theme];
    for (let index = counts.rowStart[row]; index < counts.rowStart[row + 1]; index += 1) {
      const column = counts.columnIndex[index];
      const count = counts.values[index];
      bucket.set(column, (bucket.get(column) ?? 0) + count);
      themeTotals[theme] += count;
      termTotals[column] += count;
    }
  }
  const nonEmpty = themeTotals.filter((total) => total > 0).length || 1;
  const averageWords = themeTotals.reduce((sum, total) => sum + total, 0) / nonEmpty;
  return perTheme.map((bucket, theme) => {
    const scored = [...bucket.entries()].map(([column, count]) => ({
      column,
      score: (count / (themeTotals[theme] || 1)) * Math.log(1 + averageWords / termTotals[column]),
      count,
    }));
    scored.sort((a, b) => b.score - a.score || b.count - a.count || a.column - b.column);
    const seen = new Set<string>();
    const keywords: string[] = [];
    for (const { column } of scored) {
      const word = surfaceOf(terms[column], surfaces);
      if (seen.has(word)) continue;
      seen.add(word);
      keywords.push(word);
      if (keywords.length >= howMany) break;
    }
    return keywords;
  });
}

/** "Capacitación, jóvenes y empleo" from the first three keywords. */
export function labelFrom(keywords: string[]): string {
  const shown = keywords.slice(0, 3);
  if (shown.length === 0) return 'Sin tema claro';
  const capitalised = shown.map((word, index) =>
    index === 0 ? word.charAt(0).toLocaleUpperCase('es') + word.slice(1) : word,
  );
  if (capitalised.length === 1) return capitalised[0];
  const last = capitalised.pop() as string;
  // Before a word starting with the sound "i" Spanish writes "e", not "y".
  const conjunction = /^(i|hi)(?![aeiouáéó])/i.test(last) ? 'e' : 'y';
  return `${capitalised.join(', ')} ${conjunction} ${last}`;
}
