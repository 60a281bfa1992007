/**
 * Agreement between a clustering and human labels: normalised mutual information (arithmetic-mean
 * normalisation) and the adjusted Rand index (Hubert & Arabie 1985). Both are 1 for identical
 * partitions up to renaming; ARI is about 0 for a random one.
 */
function contingency(truth: ArrayLike<number | string>, predicted: ArrayLike<number | string>) {
  if (truth.length !== predicted.length) throw new Error('las particiones tienen largos distintos');
  const truthIndex = new Map<number | string, number>();
  const predictedIndex = new Map<number | string, number>();
  const cells = new Map<string, number>();
  for (let i = 0; i < truth.length; i += 1) {
    if (!truthIndex.has(truth[i])) truthIndex.set(truth[i], truthIndex.size);
    if (!predictedIndex.has(predicted[i])) predictedIndex.set(predicted[i], predictedIndex.size);
    const key = `${truthIndex.get(truth[i])}:${predictedIndex.get(predicted[i])}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  const rowSums = new Array(truthIndex.size).fill(0);
  const columnSums = new Array(predictedIndex.size).fill(0);
  const entries: Array<[number, number, number]> = [];
  for (const [key, count] of cells) {
    const [row, column] = key.split(':').map(Number);
    rowSums[row] += count;
    columnSums[column] += count;
    entries.push([row, column, count]);
  }
  return { n: truth.length, rowSums, columnSums, entries };
}

function entropy(sums: number[], n: number): number {
  let value = 0;
  for (const count of sums) if (count > 0) value -= (count / n) * Math.log(count / n);
  return value;
}

export function normalizedMutualInformation(
  truth: ArrayLike<number | string>,
  predicted: ArrayLike<number | string>,
): number {
  const { n, rowSums, columnSums, entries } = contingency(truth, predicted);
  if (n === 0) return 1;
  let mutual = 0;
  for (const [row, column, count] of entries) {
    mutual += (count / n) * Math.log((n * count) / (rowSums[row] * columnSums[column]));
  }
  const hTruth = entropy(rowSums, n);
  const hPredicted = entropy(columnSums, n);
  // Both partitions a single block: identical, by convention 1.
  if (hTruth === 0 && hPredicted === 0) return 1;
  const mean = (hTruth + hPredicted) / 2;
  return mean > 0 ? Math.max(0, mutual / mean) : 0;
}

const pairs = (count: number) => (count * (count - 1)) / 2;

export function adjustedRandIndex(
  truth: ArrayLike<number | string>,
  predicted: ArrayLike<number | string>,
): number {
  const { n, rowSums, columnSums, entries } = contingency(truth, predicted);
  const index = entries.reduce((sum, [, , count]) => sum + pairs(count), 0);
  const rowPairs = rowSums.reduce((sum, count) => sum + pairs(count), 0);
  const columnPairs = columnSums.reduce((sum, count) => sum + pairs(count), 0);
  const total = pairs(n);
  if (total === 0) return 1;
  const expected = (rowPairs * columnPairs) / total;
  const maximum = (rowPairs + columnPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
