import type { Random } from './random.js';
import type { SparseMatrix } from './vectors.js';

/**
 * Latent semantic analysis by randomized truncated SVD (Halko, Martinsson & Tropp 2011): a
 * Gaussian sketch of the sparse TF-IDF matrix, a few power iterations, then an exact eigen-
 * decomposition of the small projected matrix. Written here because the numeric libraries at hand
 * work on dense matrices, and a 100,000 × 30,000 TF-IDF matrix only fits in memory sparse.
 */
export interface Embedding {
  /** Row-major n × dimensions, rows l2-normalised. */
  data: Float64Array;
  rows: number;
  dimensions: number;
  singularValues: Float64Array;
}

export function truncatedSvd(
  matrix: SparseMatrix,
  rank: number,
  random: Random,
  options: { oversample?: number; powerIterations?: number } = {},
): Embedding {
  const n = matrix.rows;
  const width = Math.max(1, Math.min(rank + (options.oversample ?? 10), n, matrix.columns));
  const iterations = options.powerIterations ?? 2;
  const sketch = new Float64Array(matrix.columns * width);
  for (let index = 0; index < sketch.length; index += 1) sketch[index] = random.gaussian();
  // Inside the power iterations one Cholesky pass is enough to keep the columns apart; the final
  // basis gets the second pass for accuracy.
  let range = multiply(matrix, sketch, width);
  orthonormalize(range, n, width, iterations > 0 ? 1 : 2);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const back = multiplyTransposed(matrix, range, width);
    orthonormalize(back, matrix.columns, width, 1);
    range = multiply(matrix, back, width);
    orthonormalize(range, n, width, iteration === iterations - 1 ? 2 : 1);
  }
  // B = Qᵀ A, kept transposed (columns × width) so its Gram is B Bᵀ.
  const projectedT = multiplyTransposed(matrix, range, width);
  const gram = gramOf(projectedT, matrix.columns, width);
  const { values, vectors } = symmetricEigen(gram, width);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]);
  const dimensions = Math.max(1, Math.min(rank, width));
  const singularValues = new Float64Array(dimensions);
  for (let d = 0; d < dimensions; d += 1) singularValues[d] = Math.sqrt(Math.max(0, values[order[d]]));
  // U S = Q W S, row by row.
  const data = new Float64Array(n * dimensions);
  for (let row = 0; row < n; row += 1) {
    const base = row * width;
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) {
      const column = order[d];
      let sum = 0;
      for (let k = 0; k < width; k += 1) sum += range[base + k] * vectors[k * width + column];
      const value = sum * singularValues[d];
      data[row * dimensions + d] = value;
      norm += value * value;
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let d = 0; d < dimensions; d += 1) data[row * dimensions + d] *= scale;
    }
  }
  return { data, rows: n, dimensions, singularValues };
}

/** A (n × m sparse) times D (m × width, row-major) → n × width. */
function multiply(matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array {
  const result = new Float64Array(matrix.rows * width);
  for (let row = 0; row < matrix.rows; row += 1) {
    const target = row * width;
    for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1) {
      const value = matrix.values[index];
      const source = matrix.columnIndex[index] * width;
      for (let k = 0; k < width; k += 1) result[target + k] += value * dense[source + k];
    }
  }
  return result;
}

/** Aᵀ (m × n) times D (n × width) → m × width. */
function multiplyTransposed(matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array {
  const result = new Float64Array(matrix.columns * width);
  for (let row = 0; row < matrix.rows; row += 1) {
    const source = row * width;
    for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1) {
      const value = matrix.values[index];
      const target = matrix.columnIndex[index] * width;
      for (let k = 0; k < width; k += 1) result[target + k] += value * dense[source + k];
    }
  }
  return result;
}

/** MᵀM of a tall row-major matrix (rows × width) → width × width. */
function gramOf(data: Float64Array, rows: number, width: number): Float64Array {
  const gram = new Float64Array(width * width);
  for (let row = 0; row < rows; row += 1) {
    const base = row * width;
    for (let a = 0; a < width; a += 1) {
      const value = data[base + a];
      if (value === 0) continue;
      const line = a * width;
      for (let b = 0; b <= a; b += 1) gram[line + b] += value * data[base + b];
    }
  }
  for (let a = 0; a < width; a += 1) for (let b = 0; b < a; b += 1) gram[b * width + a] = gram[a * width + b];
  return gram;
}

/**
 * Orthonormal columns in place by Cholesky QR, done twice (CholeskyQR2) for accuracy; a tiny ridge
 * keeps it defined when the columns are dependent. The Gram is width², so this is fast on tall data.
 */
function orthonormalize(data: Float64Array, rows: number, width: number, passes: number): void {
  for (let pass = 0; pass < passes; pass += 1) {
    const gram = gramOf(data, rows, width);
    let trace = 0;
    for (let a = 0; a < width; a += 1) trace += gram[a * width + a];
    const ridge = Math.max(trace, 1e-300) * 1e-12;
    for (let a = 0; a < width; a += 1) gram[a * width + a] += ridge;
    const lower = cholesky(gram, width);
    // Q = Y R⁻¹ with R = Lᵀ: solve row by row (xᵀ Lᵀ = yᵀ  ⇔  L x = y).
    for (let row = 0; row < rows; row += 1) {
      const base = row * width;
      for (let a = 0; a < width; a += 1) {
        let sum = data[base + a];
        for (let b = 0; b < a; b += 1) sum -= lower[a * width + b] * data[base + b];
        data[base + a] = sum / lower[a * width + a];
      }
    }
  }
}

function cholesky(matrix: Float64Array, size: number): Float64Array {
  const lower = new Float64Array(size * size);
  for (let a = 0; a < size; a += 1) {
    for (let b = 0; b <= a; b += 1) {
      let sum = matrix[a * size + b];
      for (let k = 0; k < b; k += 1) sum -= lower[a * size + k] * lower[b * size + k];
      if (a === b) lower[a * size + a] = Math.sqrt(Math.max(sum, 1e-300));
      else lower[a * size + b] = sum / lower[b * size + b];
    }
  }
  return lower;
}

/** Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations; vectors are columns. */
export function symmetricEigen(
  input: Float64Array,
  size: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const vectors = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) vectors[i * size + i] = 1;
  for (let sweep = 0; sweep < 60; sweep += 1) {
    let offDiagonal = 0;
    let diagonal = 0;
    for (let p = 0; p < size; p += 1) {
      diagonal += a[p * size + p] ** 2;
      for (let q = p + 1; q < size; q += 1) offDiagonal += a[p * size + q] ** 2;
    }
    if (offDiagonal <= 1e-22 * Math.max(diagonal, 1e-300)) break;
    for (let p = 0; p < size; p += 1) {
      for (let q = p + 1; q < size; q += 1) {
        const apq = a[p * size + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * size + q] - a[p * size + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k += 1) {
          const akp = a[k * size + p];
          const akq = a[k * size + q];
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k += 1) {
          const apk = a[p * size + k];
          const aqk = a[q * size + k];
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k += 1) {
          const vkp = vectors[k * size + p];
          const vkq = vectors[k * size + q];
          vectors[k * size + p] = c * vkp - s * vkq;
          vectors[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(size);
  for (let i = 0; i < size; i += 1) values[i] = a[i * size + i];
  return { values, vectors };
}
