/** Adjusted Rand index of two labelings of the same items (1 = the same partition). */
export function adjustedRand(
  truth: ArrayLike<number | string>,
  predicted: ArrayLike<number | string>,
): number {
  const pairs = (count: number) => (count * (count - 1)) / 2;
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let index = 0; index < truth.length; index += 1) {
    const a = String(truth[index]);
    const b = String(predicted[index]);
    const key = `${a}\u0000${b}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a, (rows.get(a) ?? 0) + 1);
    cols.set(b, (cols.get(b) ?? 0) + 1);
  }
  const sum = (values: Iterable<number>) => {
    let total = 0;
    for (const value of values) total += pairs(value);
    return total;
  };
  const index = sum(cells.values());
  const rowPairs = sum(rows.values());
  const colPairs = sum(cols.values());
  const all = pairs(truth.length);
  if (all === 0) return 1;
  const expected = (rowPairs * colPairs) / all;
  const maximum = (rowPairs + colPairs) / 2;
  return maximum === expected ? 1 : (index - expected) / (maximum - expected);
}
