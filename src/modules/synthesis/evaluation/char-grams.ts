/**
 * The character-n-gram baseline for near-duplicates: cosine between TF-IDF vectors of the
 * lower-cased text's character 3-grams within words (as scikit-learn's analyzer='char_wb', ngram
 * 3), no stop words, no stemming. Used only by the evaluation.
 */
export function charGramVectors(texts: string[]): Array<Map<string, number>> {
  const grams = texts.map((text) => {
    const counts = new Map<string, number>();
    for (const word of text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)) {
      const padded = ` ${word} `;
      for (let start = 0; start + 3 <= padded.length; start += 1) {
        const gram = padded.slice(start, start + 3);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
    return counts;
  });
  const frequency = new Map<string, number>();
  for (const counts of grams)
    for (const gram of counts.keys()) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  const n = texts.length;
  return grams.map((counts) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [gram, count] of counts) {
      const weight = count * (Math.log((1 + n) / (1 + (frequency.get(gram) ?? 0))) + 1);
      vector.set(gram, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [gram, weight] of vector) vector.set(gram, weight / norm);
    return vector;
  });
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [gram, weight] of small) sum += weight * (large.get(gram) ?? 0);
  return sum;
}
