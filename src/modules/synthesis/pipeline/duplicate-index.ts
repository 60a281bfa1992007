import { charGrams, stemsOf } from './text.js';

/**
 * Near-duplicate search for the ideas of one live dialogue: cosine on TF-IDF of stems, averaged with
 * cosine on TF-IDF of character trigrams (which forgive typos and missing accents). Inverted lists
 * over the rarer terms shortlist candidates, which are then scored exactly; adding an idea is incremental. Document norms
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

  /**
   * Candidates: documents sharing a term rarer than 1 in 20 documents, with a partial score. Common
   * terms are skipped here because they touch most of the dialogue; they still count in `cosine`.
   * A text copied many times (a call to vote pasted under every idea) has no rare term left: then
   * its two rarest terms shortlist, or its own copies would never be found.
   */
  candidates(query: Map<string, number>, into: Map<number, number>): void {
    const limit = Math.max(20, this.documents.size / 20);
    const common: Array<[string, number]> = [];
    const add = (term: string, count: number, list: Map<number, number>) => {
      const weight = (1 + Math.log(count)) * this.idf(term) ** 2;
      for (const [id, other] of list) into.set(id, (into.get(id) ?? 0) + weight * (1 + Math.log(other)));
    };
    let used = 0;
    for (const [term, count] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      if (list.size > limit) {
        common.push([term, count]);
        continue;
      }
      add(term, count, list);
      used += 1;
    }
    if (used > 0) return;
    common.sort((a, b) => (this.postings.get(a[0])?.size ?? 0) - (this.postings.get(b[0])?.size ?? 0));
    for (const [term, count] of common.slice(0, 2))
      add(term, count, this.postings.get(term) as Map<number, number>);
  }

  /** Exact cosine (at the current norms) between the query and one document. */
  cosine(query: Map<string, number>, id: number): number {
    this.refreshNorms();
    const counts = this.documents.get(id);
    const norm = this.norms.get(id) ?? 0;
    if (!counts || norm === 0) return 0;
    let product = 0;
    let queryNorm = 0;
    for (const [term, count] of query) {
      const idf = this.idf(term);
      const weight = (1 + Math.log(count)) * idf;
      queryNorm += weight * weight;
      const other = counts.get(term);
      if (other !== undefined) product += weight * (1 + Math.log(other)) * idf;
    }
    return queryNorm > 0 ? Math.min(1, product / (Math.sqrt(queryNorm) * norm)) : 0;
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
    const partial = new Map<number, number>();
    this.stems.candidates(stems, partial);
    this.grams.candidates(grams, partial);
    if (exclude !== null) partial.delete(exclude);
    // Exact scores for the 300 most promising candidates only.
    const shortlist = [...partial.entries()].sort((a, b) => b[1] - a[1]).slice(0, 300);
    const matches: DuplicateMatch[] = [];
    for (const [id] of shortlist) {
      const score = 0.5 * this.stems.cosine(stems, id) + 0.5 * this.grams.cosine(grams, id);
      if (score >= minimum) matches.push({ id, score });
    }
    matches.sort((a, b) => b.score - a.score || a.id - b.id);
    return matches.slice(0, limit);
  }
}

function counted(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
