import { mulberry32 } from '../../../platform/random.js';
import type { VoteMatrix } from './matrix.js';

/**
 * The two principal components of the votes with each missing vote filled with its statement's
 * mean. Filling with the mean and then centring leaves missing cells at exactly zero, so the
 * centred matrix keeps the votes' sparsity and every product below costs one pass over the votes.
 *
 * Found by subspace (block power) iteration from a seeded random start, finished with a 2×2
 * Rayleigh–Ritz step so the two components come out ordered and separated; each component's sign
 * is fixed so that its largest entry (by absolute value, earliest on ties) is positive. The same
 * votes therefore always give the same map.
 */
export interface Components {
  /** Statement means over the people who voted on each (0 where no one did). */
  means: Float64Array;
  /** First and second component, one loading per statement. */
  first: Float64Array;
  second: Float64Array;
  /** The variance each explains (eigenvalues of the centred matrix's Gram matrix). */
  eigenvalues: [number, number];
  iterations: number;
}

export interface PcaOptions {
  seed?: number;
  maxIterations?: number;
  tolerance?: number;
}

export function statementMeans(matrix: VoteMatrix): Float64Array {
  const sums = new Float64Array(matrix.statements);
  const counts = new Float64Array(matrix.statements);
  for (let at = 0; at < matrix.columns.length; at += 1) {
    sums[matrix.columns[at]] += matrix.values[at];
    counts[matrix.columns[at]] += 1;
  }
  for (let col = 0; col < matrix.statements; col += 1) sums[col] = counts[col] ? sums[col] / counts[col] : 0;
  return sums;
}

export function principalComponents(matrix: VoteMatrix, options: PcaOptions = {}): Components {
  const n = matrix.statements;
  const means = statementMeans(matrix);
  const { rowStart, columns, values } = matrix;
  // Centred values, once: the products below read them many times.
  const centred = new Float32Array(values.length);
  for (let at = 0; at < values.length; at += 1) centred[at] = values[at] - means[columns[at]];

  const random = mulberry32(options.seed ?? 1);
  let a = new Float64Array(n);
  let b = new Float64Array(n);
  for (let col = 0; col < n; col += 1) {
    a[col] = random() - 0.5;
    b[col] = random() - 0.5;
  }
  orthonormalise(a, b);
  const maxIterations = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-11;
  let nextA = new Float64Array(n);
  let nextB = new Float64Array(n);
  let iterations = 0;
  for (; iterations < maxIterations; iterations += 1) {
    gramProduct(rowStart, columns, centred, matrix.participants, a, b, nextA, nextB);
    orthonormalise(nextA, nextB);
    // Converged when the new basis lies in the span of the old one. (The two vectors may still
    // turn inside that plane when the two variances are close; Rayleigh–Ritz below settles that.)
    const aa = dot(a, nextA);
    const ba = dot(b, nextA);
    const ab = dot(a, nextB);
    const bb = dot(b, nextB);
    const change = 2 - aa * aa - ba * ba - ab * ab - bb * bb;
    [a, nextA] = [nextA, a];
    [b, nextB] = [nextB, b];
    if (change < tolerance && iterations > 2) {
      iterations += 1;
      break;
    }
  }
  // Rayleigh–Ritz on the span of (a, b).
  gramProduct(rowStart, columns, centred, matrix.participants, a, b, nextA, nextB);
  const aa = dot(a, nextA);
  const ab = dot(a, nextB);
  const bb = dot(b, nextB);
  const half = (aa - bb) / 2;
  const root = Math.sqrt(half * half + ab * ab);
  const large = (aa + bb) / 2 + root;
  const small = (aa + bb) / 2 - root;
  // Eigenvector of [[aa, ab], [ab, bb]] for `large`.
  let c = ab;
  let s = large - aa;
  if (Math.abs(c) + Math.abs(s) < 1e-300) {
    c = aa >= bb ? 1 : 0;
    s = aa >= bb ? 0 : 1;
  }
  const norm = Math.hypot(c, s);
  c /= norm;
  s /= norm;
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  for (let col = 0; col < n; col += 1) {
    first[col] = c * a[col] + s * b[col];
    second[col] = -s * a[col] + c * b[col];
  }
  fixSign(first);
  fixSign(second);
  return { means, first, second, eigenvalues: [large, Math.max(0, small)], iterations };
}

/** outA = Xᵀ(X a), outB = Xᵀ(X b) in one pass over the votes. */
function gramProduct(
  rowStart: Int32Array,
  columns: Int32Array,
  centred: Float32Array,
  rows: number,
  a: Float64Array,
  b: Float64Array,
  outA: Float64Array,
  outB: Float64Array,
) {
  outA.fill(0);
  outB.fill(0);
  for (let row = 0; row < rows; row += 1) {
    const from = rowStart[row];
    const to = rowStart[row + 1];
    let sa = 0;
    let sb = 0;
    for (let at = from; at < to; at += 1) {
      const col = columns[at];
      const value = centred[at];
      sa += value * a[col];
      sb += value * b[col];
    }
    if (sa === 0 && sb === 0) continue;
    for (let at = from; at < to; at += 1) {
      const col = columns[at];
      const value = centred[at];
      outA[col] += value * sa;
      outB[col] += value * sb;
    }
  }
}

function dot(x: Float64Array, y: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < x.length; index += 1) sum += x[index] * y[index];
  return sum;
}

/** Gram–Schmidt on two vectors; a vector that vanishes is replaced by a fixed unit vector. */
function orthonormalise(a: Float64Array, b: Float64Array) {
  normalise(a, 0);
  const projection = dot(a, b);
  for (let index = 0; index < b.length; index += 1) b[index] -= projection * a[index];
  if (!normalise(b, 1)) {
    // b fell into a's span (rank one data): any unit vector orthogonal to a will do.
    b.fill(0);
    const pick = Math.abs(a[0]) < 0.9 || b.length < 2 ? 0 : 1;
    if (b.length) b[pick] = 1;
    const again = dot(a, b);
    for (let index = 0; index < b.length; index += 1) b[index] -= again * a[index];
    normalise(b, 1);
  }
}

function normalise(vector: Float64Array, fallback: number): boolean {
  const length = Math.sqrt(dot(vector, vector));
  if (length < 1e-12) {
    vector.fill(0);
    if (vector.length > fallback) vector[fallback] = 1;
    return false;
  }
  for (let index = 0; index < vector.length; index += 1) vector[index] /= length;
  return true;
}

function fixSign(vector: Float64Array) {
  let largest = 0;
  for (let index = 0; index < vector.length; index += 1) {
    if (Math.abs(vector[index]) > Math.abs(vector[largest]) + 1e-12) largest = index;
  }
  if (vector[largest] < 0)
    for (let index = 0; index < vector.length; index += 1) vector[index] = -vector[index];
}

/**
 * Where each participant sits on the map: the centred votes times the components over the
 * statements they voted on only, scaled by √(statements ÷ own votes) so people who voted on few
 * statements are not pulled to the centre. `seenByAll` statements (moderated out) count as seen
 * by everyone. Returns x, y interleaved (2 per participant).
 */
export function projectParticipants(matrix: VoteMatrix, components: Components, seenByAll = 0): Float64Array {
  const { rowStart, columns, values } = matrix;
  const { means, first, second } = components;
  const points = new Float64Array(matrix.participants * 2);
  for (let row = 0; row < matrix.participants; row += 1) {
    const from = rowStart[row];
    const to = rowStart[row + 1];
    if (to === from && seenByAll === 0) continue;
    let x = 0;
    let y = 0;
    for (let at = from; at < to; at += 1) {
      const col = columns[at];
      const value = values[at] - means[col];
      x += value * first[col];
      y += value * second[col];
    }
    const scale = Math.sqrt(matrix.statements / (to - from + seenByAll));
    points[row * 2] = x * scale;
    points[row * 2 + 1] = y * scale;
  }
  return points;
}

/**
 * A statement's extremity: how far from the centre stands someone who agreed with it alone
 * (the same projection and scaling as for people, with one vote).
 */
export function statementExtremity(components: Components, statements: number): Float64Array {
  const { means, first, second } = components;
  const extremity = new Float64Array(first.length);
  const scale = Math.sqrt(statements);
  for (let col = 0; col < first.length; col += 1) {
    const value = 1 - means[col];
    extremity[col] = Math.abs(value) * Math.hypot(first[col], second[col]) * scale;
  }
  return extremity;
}
