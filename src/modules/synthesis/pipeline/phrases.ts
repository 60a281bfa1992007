import type { Points } from './cluster.js';
import { foldAccents, isStopword, normalizeText, stem, words } from './text.js';

/**
 * What people read of a theme: a label written as they would write it (a phrase taken from the
 * ideas themselves, "transporte público", "salas cuna y jardines infantiles"), the phrases that
 * explain why its ideas are together with how many of them say each, and the ideas that best
 * represent it.
 */
export interface ThemePhrase {
  phrase: string;
  /** Ideas of the theme that contain it. */
  ideas: number;
}

export interface ThemeDescription {
  label: string;
  phrases: ThemePhrase[];
  /** Indexes of the 3–5 ideas nearest the theme's centre (fewer in a smaller theme). */
  representatives: number[];
}

interface Candidate {
  key: string;
  words: number;
  /** Surface form → how often it was written so. */
  forms: Map<string, number>;
}

/** Phrases of 1–3 words of one text, each once, keyed by their stems so "sala cuna" and "salas cuna" meet. */
function phrasesOf(
  text: string,
  candidates: Map<string, Candidate>,
  occurrences: Map<string, number>,
): Set<string> {
  // One-letter words ("y", "a") stay in place as stop words, so no phrase jumps over them.
  const written = words(normalizeText(text));
  const folded = written.map(foldAccents);
  const stop = folded.map((word) => word.length < 2 || isStopword(word));
  const found = new Set<string>();
  for (let start = 0; start < written.length; start += 1) {
    if (stop[start]) continue;
    const single = stem(written[start]);
    occurrences.set(single, (occurrences.get(single) ?? 0) + 1);
    for (let length = 1; length <= 3 && start + length <= written.length; length += 1) {
      const end = start + length - 1;
      if (stop[end]) continue;
      const key = written
        .slice(start, end + 1)
        .map((word, index) => (stop[start + index] ? folded[start + index] : stem(word)))
        .join(' ');
      if (found.has(key)) continue;
      found.add(key);
      const surface = written.slice(start, end + 1).join(' ');
      let candidate = candidates.get(key);
      if (!candidate) {
        candidate = { key, words: length, forms: new Map() };
        candidates.set(key, candidate);
      }
      candidate.forms.set(surface, (candidate.forms.get(surface) ?? 0) + 1);
    }
  }
  return found;
}

function surface(candidate: Candidate): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of candidate.forms)
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  return best;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('es') + text.slice(1);

/** "A y B", with "e" before an i sound as Spanish writes it. */
function join(first: string, second: string): string {
  const conjunction = /^(i|hi)(?![aeiouáéó])/i.test(second) ? 'e' : 'y';
  return `${first} ${conjunction} ${second}`;
}

/**
 * Labels, explaining phrases and representatives for every theme. A word scores by its share of
 * the theme's words times how much rarer it is outside (class-based TF-IDF, as BERTopic's), among
 * the words said by at least two of the theme's ideas; the best words, each written as the phrase the ideas use with it, make the label (the
 * first one or two) and the explanation (up to five). `points` are the ideas in the LSA space.
 */
export function describeThemes(
  texts: string[],
  assignment: Int32Array,
  k: number,
  points: Points,
  dots: ArrayLike<number>,
): ThemeDescription[] {
  const candidates = new Map<string, Candidate>();
  const perTheme: Array<Map<string, number>> = Array.from({ length: k }, () => new Map());
  const overall = new Map<string, number>();
  const sizes = new Int32Array(k);
  // Occurrences of single words per theme (a long proposal repeats its subject), and all themes'.
  const said: Array<Map<string, number>> = Array.from({ length: k }, () => new Map());
  const saidOverall = new Map<string, number>();
  const wordsOfTheme = new Float64Array(k);
  texts.forEach((text, row) => {
    const theme = assignment[row];
    sizes[theme] += 1;
    const occurrences = new Map<string, number>();
    const found = phrasesOf(text, candidates, occurrences);
    for (const [key, count] of occurrences) {
      said[theme].set(key, (said[theme].get(key) ?? 0) + count);
      saidOverall.set(key, (saidOverall.get(key) ?? 0) + count);
      wordsOfTheme[theme] += count;
    }
    for (const key of found) {
      perTheme[theme].set(key, (perTheme[theme].get(key) ?? 0) + 1);
      overall.set(key, (overall.get(key) ?? 0) + 1);
    }
  });
  const nonEmpty = sizes.filter((size) => size > 0).length || 1;
  const averageWords = wordsOfTheme.reduce((sum, value) => sum + value, 0) / nonEmpty;
  const centres = centresOf(points, assignment, k);
  return perTheme.map((counts, theme) => {
    const size = sizes[theme];
    const minimum = size >= 6 ? 2 : 1;
    // Heads: single words by class-based TF-IDF. Each is then written as the longer phrase people
    // use with it, when at least 30 % of the ideas saying the word say that phrase
    // ("turísticos" → "pisos turísticos", "cuarto" → "cuarto de basuras").
    const heads = [...counts.entries()]
      .filter(([key, count]) => count >= minimum && (candidates.get(key) as Candidate).words === 1)
      .map(([key, count]) => {
        const occurrences = said[theme].get(key) ?? count;
        const share = occurrences / Math.max(wordsOfTheme[theme], 1);
        return { key, count, score: share * Math.log(1 + averageWords / (saidOverall.get(key) ?? 1)) };
      })
      .sort((a, b) => b.score - a.score || b.count - a.count || a.key.localeCompare(b.key));
    const longer = [...counts.entries()].filter(
      ([key, count]) => count >= minimum && (candidates.get(key) as Candidate).words > 1,
    );
    const chosen: Array<{ candidate: Candidate; count: number; score: number }> = [];
    const used = new Set<string>();
    for (const head of heads) {
      if (used.has(head.key)) continue;
      let best: { key: string; count: number } = head;
      for (const [key, count] of longer) {
        if (count < Math.max(2, 0.3 * head.count) || !key.split(' ').includes(head.key)) continue;
        const stems = key.split(' ').filter((part) => !isStopword(part));
        if (stems.some((part) => part !== head.key && used.has(part))) continue;
        if (best === head || count > best.count || (count === best.count && key.length < best.key.length))
          best = { key, count };
      }
      const candidate = candidates.get(best.key) as Candidate;
      chosen.push({ candidate, count: best.count, score: head.score });
      for (const part of best.key.split(' ')) if (!isStopword(part)) used.add(part);
      if (chosen.length >= 5) break;
    }
    const phrases = chosen.map((item) => ({ phrase: surface(item.candidate), ideas: item.count }));
    let label = phrases.length ? capitalise(phrases[0].phrase) : 'Sin tema claro';
    // A second phrase joins the label when it is nearly as distinctive and said by 15 % of the ideas.
    if (chosen.length > 1 && chosen[1].score >= 0.5 * chosen[0].score && chosen[1].count >= 0.15 * size) {
      const joined = join(label, phrases[1].phrase);
      if (joined.length <= 60) label = joined;
    }
    return { label, phrases, representatives: representativesOf(points, assignment, theme, centres, dots) };
  });
}

function centresOf(points: Points, assignment: Int32Array, k: number): Float64Array {
  const { dimensions, data } = points;
  const centres = new Float64Array(k * dimensions);
  for (let row = 0; row < points.rows; row += 1)
    for (let d = 0; d < dimensions; d += 1)
      centres[assignment[row] * dimensions + d] += data[row * dimensions + d];
  for (let theme = 0; theme < k; theme += 1) {
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) norm += centres[theme * dimensions + d] ** 2;
    if (norm > 0) for (let d = 0; d < dimensions; d += 1) centres[theme * dimensions + d] /= Math.sqrt(norm);
  }
  return centres;
}

/** The ideas nearest the theme's centre, skipping near copies of one already chosen; ties go to more dots. */
function representativesOf(
  points: Points,
  assignment: Int32Array,
  theme: number,
  centres: Float64Array,
  dots: ArrayLike<number>,
): number[] {
  const { dimensions, data } = points;
  const cosine = (a: number, b: Float64Array, offset: number) => {
    let sum = 0;
    for (let d = 0; d < dimensions; d += 1) sum += data[a * dimensions + d] * b[offset + d];
    return sum;
  };
  const members: Array<{ row: number; score: number }> = [];
  for (let row = 0; row < points.rows; row += 1)
    if (assignment[row] === theme) members.push({ row, score: cosine(row, centres, theme * dimensions) });
  members.sort((a, b) => b.score - a.score || (dots[b.row] ?? 0) - (dots[a.row] ?? 0) || a.row - b.row);
  const wanted = Math.min(5, members.length);
  const chosen: number[] = [];
  for (const { row } of members) {
    if (chosen.some((other) => cosine(row, data, other * dimensions) > 0.95)) continue;
    chosen.push(row);
    if (chosen.length >= wanted) break;
  }
  // Near copies only: fill up from the nearest anyway, so a theme shows at least 3 when it has them.
  for (const { row } of members) {
    if (chosen.length >= Math.min(3, members.length)) break;
    if (!chosen.includes(row)) chosen.push(row);
  }
  return chosen;
}
