// The first principal components of standardised data, to draw the regions on a plane. The
// covariance matrix is small (one row per indicator), so a Jacobi eigenvalue sweep is enough.
import type { Standardised } from './matrix.js';

export interface Projection {
  /** [pc1, pc2] of each unit. */
  points: Array<[number, number]>;
  /** Share of the total variance each of the two components explains (0–1). */
  explained: [number, number];
  /** Weight of each column in each component: loadings[component][column]. */
  loadings: [number[], number[]];
}

/** Projects the standardised units on their first two principal components (signs fixed for stable charts). */
export function principalComponents(data: Standardised): Projection {
  const { values, rows, columns } = data;
  const covariance = Array.from({ length: columns }, () => new Array<number>(columns).fill(0));
  for (let a = 0; a < columns; a++) {
    for (let b = a; b < columns; b++) {
      let sum = 0;
      for (let row = 0; row < rows; row++)
        sum += (values[row * columns + a] ?? 0) * (values[row * columns + b] ?? 0);
      const value = rows ? sum / rows : 0;
      (covariance[a] as number[])[b] = value;
      (covariance[b] as number[])[a] = value;
    }
  }
  const { eigenvalues, eigenvectors } = jacobi(covariance);
  const order = eigenvalues
    .map((_, index) => index)
    .sort((left, right) => (eigenvalues[right] ?? 0) - (eigenvalues[left] ?? 0));
  const total = eigenvalues.reduce((sum, value) => sum + Math.max(0, value), 0);
  const component = (rank: number): number[] => {
    const index = order[rank];
    if (index === undefined) return new Array<number>(columns).fill(0);
    const vector = eigenvectors.map((row) => row[index] ?? 0);
    // Sign: the largest weight positive, so the same data always draws the same way round.
    const largest = vector.reduce((best, value) => (Math.abs(value) > Math.abs(best) ? value : best), 0);
    return largest < 0 ? vector.map((value) => -value) : vector;
  };
  const first = component(0);
  const second = component(1);
  const points = Array.from({ length: rows }, (_, row): [number, number] => {
    let x = 0;
    let y = 0;
    for (let column = 0; column < columns; column++) {
      const value = values[row * columns + column] ?? 0;
      x += value * (first[column] ?? 0);
      y += value * (second[column] ?? 0);
    }
    return [x, y];
  });
  const share = (rank: number) => (total > 0 ? Math.max(0, eigenvalues[order[rank] ?? -1] ?? 0) / total : 0);
  return { points, explained: [share(0), share(1)], loadings: [first, second] };
}

/** Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations; eigenvectors are the columns. */
export function jacobi(matrix: number[][]): { eigenvalues: number[]; eigenvectors: number[][] } {
  const size = matrix.length;
  const a = matrix.map((row) => row.slice());
  const v = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? 1 : 0)));
  const at = (m: number[][], i: number, j: number) => m[i]?.[j] ?? 0;
  const set = (m: number[][], i: number, j: number, value: number) => {
    (m[i] as number[])[j] = value;
  };
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) off += at(a, i, j) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = at(a, p, q);
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = at(a, k, p);
          const akq = at(a, k, q);
          set(a, k, p, c * akp - s * akq);
          set(a, k, q, s * akp + c * akq);
        }
        for (let k = 0; k < size; k++) {
          const apk = at(a, p, k);
          const aqk = at(a, q, k);
          set(a, p, k, c * apk - s * aqk);
          set(a, q, k, s * apk + c * aqk);
        }
        for (let k = 0; k < size; k++) {
          const vkp = at(v, k, p);
          const vkq = at(v, k, q);
          set(v, k, p, c * vkp - s * vkq);
          set(v, k, q, s * vkp + c * vkq);
        }
      }
    }
  }
  return { eigenvalues: a.map((row, index) => row[index] ?? 0), eigenvectors: v };
}
