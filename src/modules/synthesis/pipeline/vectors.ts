/**
 * Sparse document–term matrices in CSR form (rows are ideas) and TF-IDF weighting with
 * sublinear term frequency and l2-normalised rows.
 */
export interface SparseMatrix {
  rows: number;
  columns: number;
  /** rowStart[i]..rowStart[i+1] index into columnIndex/values. */
  rowStart: Int32Array;
  columnIndex: Int32Array;
  values: Float64Array;
}

export interface TfIdf {
  matrix: SparseMatrix;
  /** Term of each column. */
  terms: string[];
  idf: Float64Array;
  /** Raw counts, same shape as matrix (for class-based term weights in labels). */
  counts: SparseMatrix;
}

export interface TfIdfOptions {
  /** Terms in fewer documents are dropped (they cannot link two ideas). */
  minDocuments?: number;
  /** Terms in a larger share of documents are dropped (they link everything). */
  maxDocumentShare?: number;
}

export function tfIdf(documents: string[][], options: TfIdfOptions = {}): TfIdf {
  const n = documents.length;
  const minDocuments = options.minDocuments ?? (n >= 50 ? 2 : 1);
  const maxDocuments = Math.max(minDocuments, Math.floor((options.maxDocumentShare ?? 0.5) * n));
  const documentFrequency = new Map<string, number>();
  for (const tokens of documents) {
    for (const token of new Set(tokens))
      documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }
  const terms = [...documentFrequency.entries()]
    .filter(([, frequency]) => frequency >= minDocuments && (frequency <= maxDocuments || n < 4))
    .map(([term]) => term)
    .sort();
  const columnOf = new Map(terms.map((term, index) => [term, index]));
  const idf = new Float64Array(terms.length);
  for (let column = 0; column < terms.length; column += 1) {
    idf[column] = Math.log((1 + n) / (1 + (documentFrequency.get(terms[column]) ?? 0))) + 1;
  }
  const rowStart = new Int32Array(n + 1);
  const columnIndex: number[] = [];
  const counts: number[] = [];
  const values: number[] = [];
  for (let row = 0; row < n; row += 1) {
    const local = new Map<number, number>();
    for (const token of documents[row]) {
      const column = columnOf.get(token);
      if (column !== undefined) local.set(column, (local.get(column) ?? 0) + 1);
    }
    const columns = [...local.keys()].sort((a, b) => a - b);
    let norm = 0;
    const start = values.length;
    for (const column of columns) {
      const count = local.get(column) ?? 0;
      const weight = (1 + Math.log(count)) * idf[column];
      columnIndex.push(column);
      counts.push(count);
      values.push(weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let index = start; index < values.length; index += 1) values[index] /= norm;
    rowStart[row + 1] = values.length;
  }
  const columnArray = Int32Array.from(columnIndex);
  return {
    matrix: {
      rows: n,
      columns: terms.length,
      rowStart,
      columnIndex: columnArray,
      values: Float64Array.from(values),
    },
    counts: {
      rows: n,
      columns: terms.length,
      rowStart,
      columnIndex: columnArray,
      values: Float64Array.from(counts),
    },
    terms,
    idf,
  };
}

/** Dense row-major copy (small matrices only: tests and the baseline). */
export function toDense(matrix: SparseMatrix): Float64Array[] {
  const dense: Float64Array[] = [];
  for (let row = 0; row < matrix.rows; row += 1) {
    const vector = new Float64Array(matrix.columns);
    for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1) {
      vector[matrix.columnIndex[index]] = matrix.values[index];
    }
    dense.push(vector);
  }
  return dense;
}
