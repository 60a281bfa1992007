import { charGrams, stemsOf } from './text.js';

/**
 * Near-duplicate search for the ideas of one live dialogue: cosine on TF-IDF of stems, averaged with
 * cosine on TF-IDF of character trigrams (which forgive typos and missing accents). Inverted lists
 * make one query touch only ideas sharing a term; adding an idea is incremental. Document norms
 * follow the IDF of the moment they were last computed and are refreshed once the dialogue has
 * grown by 5 %, which keeps a query fast without letting scores drift far.
 */
class Space {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly documents = new Map<number, Map<string, number>>();
  private readonly norms = new Map<number, number>();
  private normsAtSize = 0;

  get size(): number {
    return this.documents.size;
  }

  add(id: number, tokens: string[]): void {
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    this.documents.set(id, counts);
    for (const [term, count] of counts) {
      let list = this.postings.get(term);
      if (!list) {
        list = new Map();
        this.postings.set(term, list);
      }
      list.set(id, count);
    }
    this.norms.set(id, this.normOf(counts));
  }

  remove(id: number): void {
    const counts = this.documents.get(id);
    if (!counts) return;
    for (const term of counts.keys()) {
      const list = this.postings.get(term);
      list?.delete(id);
      if (list && list.size === 0) this.postings.delete(term);
    }
    this.documents.delete(id);
    this.norms.delete(id);
  }

  termsOf(id: number): Map<string, number> | undefined {
    return this.documents.get(id);
  }

  private idf(term: string): number {
    const frequency = this.postings.get(term)?.size ?? 0;
    return Math.log((1 + this.documents.size) / (1 + frequency)) + 1;
  }

  private normOf(counts: Map<string, number>): number {
    let sum = 0;
    for (const [term, count] of counts) sum += ((1 + Math.log(count)) * this.idf(term)) ** 2;
    return Math.sqrt(sum);
  }

  private refreshNorms(): void {
    const size = this.documents.size;
    if (Math.abs(size - this.normsAtSize) <= Math.max(1, this.normsAtSize * 0.05) && this.normsAtSize > 0)
      return;
    for (const [id, counts] of this.documents) this.norms.set(id, this.normOf(counts));
    this.normsAtSize = size;
  }

  /** Cosine of the query against every document sharing a term, added into `scores` times `share`. */
  score(query: Map<string, number>, scores: Map<number, number>, share: number): void {
    this.refreshNorms();
    const weights: Array<[Map<number, number>, number]> = [];
    let queryNorm = 0;
    for (const [term, count] of query) {
      const idf = this.idf(term);
      const weight = (1 + Math.log(count)) * idf;
      queryNorm += weight * weight;
      const list = this.postings.get(term);
      if (list) weights.push([list, weight * idf]);
    }
    if (queryNorm === 0) return;
    const partial = new Map<number, number>();
    for (const [list, weight] of weights) {
      for (const [id, count] of list)
        partial.set(id, (partial.get(id) ?? 0) + weight * (1 + Math.log(count)));
    }
    const queryLength = Math.sqrt(queryNorm);
    for (const [id, product] of partial) {
      const norm = this.norms.get(id) ?? 0;
      if (norm > 0)
        scores.set(id, (scores.get(id) ?? 0) + share * Math.min(1, product / (queryLength * norm)));
    }
  }
}

export interface DuplicateMatch {
  id: number;
  score: number;
}

export class DuplicateIndex {
  private readonly stems = new Space();
  private readonly grams = new Space();
  private readonly texts = new Map<number, string>();

  get size(): number {
    return this.texts.size;
  }

  has(id: number): boolean {
    return this.texts.has(id);
  }

  /** Adds or re-indexes an idea (a changed text replaces the old one). */
  upsert(id: number, text: string): void {
    if (this.texts.get(id) === text) return;
    this.remove(id);
    this.texts.set(id, text);
    this.stems.add(id, stemsOf(text));
    this.grams.add(id, charGrams(text));
  }

  remove(id: number): void {
    if (!this.texts.has(id)) return;
    this.texts.delete(id);
    this.stems.remove(id);
    this.grams.remove(id);
  }

  /** Ideas most similar to an indexed idea (itself excluded), best first. */
  similarTo(id: number, limit = 5, minimum = 0.3): DuplicateMatch[] {
    const stems = this.stems.termsOf(id);
    const grams = this.grams.termsOf(id);
    if (!stems || !grams) return [];
    return this.rank(stems, grams, limit, minimum, id);
  }

  /** Ideas most similar to a text not (yet) in the index. */
  similarToText(text: string, limit = 5, minimum = 0.3): DuplicateMatch[] {
    return this.rank(counted(stemsOf(text)), counted(charGrams(text)), limit, minimum, null);
  }

  private rank(
    stems: Map<string, number>,
    grams: Map<string, number>,
    limit: number,
    minimum: number,
    exclude: number | null,
  ): DuplicateMatch[] {
    const scores = new Map<number, number>();
    this.stems.score(stems, scores, 0.5);
    this.grams.score(grams, scores, 0.5);
    if (exclude !== null) scores.delete(exclude);
    const matches: DuplicateMatch[] = [];
    for (const [id, score] of scores) if (score >= minimum) matches.push({ id, score });
    matches.sort((a, b) => b.score - a.score || a.id - b.id);
    return matches.slice(0, limit);
  }
}

function counted(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
