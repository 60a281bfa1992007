/**
 * The votes of a consultation as a sparse matrix: one row per participant, one column per
 * statement, a value of 1 (de acuerdo), −1 (en desacuerdo) or 0 (paso) where the person voted and
 * nothing where they did not. Rows are stored compressed (CSR): `rowStart[p]…rowStart[p+1]` index
 * into `columns` and `values`. 5 M votes take about 25 MB.
 */
export interface VoteMatrix {
  readonly participants: number;
  readonly statements: number;
  readonly rowStart: Int32Array;
  readonly columns: Int32Array;
  readonly values: Int8Array;
}

export type Vote = -1 | 0 | 1;

/**
 * Builds the matrix from (participant, statement, vote) triples given as parallel arrays of row
 * and column numbers. A later triple for the same cell replaces the earlier one (a changed vote).
 */
export function buildVoteMatrix(
  participants: number,
  statements: number,
  rows: ArrayLike<number>,
  cols: ArrayLike<number>,
  votes: ArrayLike<number>,
): VoteMatrix {
  const count = rows.length;
  const perRow = new Int32Array(participants + 1);
  for (let index = 0; index < count; index += 1) {
    const row = rows[index];
    const col = cols[index];
    if (row < 0 || row >= participants || col < 0 || col >= statements) {
      throw new RangeError(`vote ${index}: (${row}, ${col}) is outside ${participants}×${statements}`);
    }
    perRow[row + 1] += 1;
  }
  for (let row = 0; row < participants; row += 1) perRow[row + 1] += perRow[row];
  const fill = perRow.slice(0, participants);
  const orderedCols = new Int32Array(count);
  const orderedVotes = new Int8Array(count);
  const order = new Int32Array(count);
  for (let index = 0; index < count; index += 1) {
    const at = fill[rows[index]]++;
    orderedCols[at] = cols[index];
    orderedVotes[at] = Math.sign(votes[index]);
    order[at] = index;
  }
  // Within a row: sort by column and keep the last-given vote of each cell.
  const rowStart = new Int32Array(participants + 1);
  const columns = new Int32Array(count);
  const values = new Int8Array(count);
  let out = 0;
  const cells: number[] = [];
  for (let row = 0; row < participants; row += 1) {
    rowStart[row] = out;
    const from = perRow[row];
    const to = perRow[row + 1];
    cells.length = 0;
    for (let at = from; at < to; at += 1) cells.push(at);
    cells.sort((a, b) => orderedCols[a] - orderedCols[b] || order[a] - order[b]);
    for (let index = 0; index < cells.length; index += 1) {
      const at = cells[index];
      const next = cells[index + 1];
      if (next !== undefined && orderedCols[next] === orderedCols[at]) continue;
      columns[out] = orderedCols[at];
      values[out] = orderedVotes[at];
      out += 1;
    }
  }
  rowStart[participants] = out;
  return {
    participants,
    statements,
    rowStart,
    columns: out === count ? columns : columns.slice(0, out),
    values: out === count ? values : values.slice(0, out),
  };
}

/** Builds the matrix from a dense table (rows of 1, −1, 0 or null for no vote); for tests and the CSV. */
export function voteMatrixFromRows(rows: ReadonlyArray<ReadonlyArray<number | null>>, statements?: number) {
  const width = statements ?? Math.max(0, ...rows.map((row) => row.length));
  const r: number[] = [];
  const c: number[] = [];
  const v: number[] = [];
  rows.forEach((row, participant) => {
    row.forEach((vote, statement) => {
      if (vote === null || vote === undefined || Number.isNaN(vote)) return;
      r.push(participant);
      c.push(statement);
      v.push(vote);
    });
  });
  return buildVoteMatrix(rows.length, width, r, c, v);
}

/** Votes each participant cast (passes count: a pass is a statement seen and answered). */
export function votesPerParticipant(matrix: VoteMatrix): Int32Array {
  const counts = new Int32Array(matrix.participants);
  for (let row = 0; row < matrix.participants; row += 1) {
    counts[row] = matrix.rowStart[row + 1] - matrix.rowStart[row];
  }
  return counts;
}

/** Per statement: agrees, disagrees, passes over the given participants (all when omitted). */
export interface StatementTally {
  agree: Int32Array;
  disagree: Int32Array;
  pass: Int32Array;
}

export function tallyStatements(matrix: VoteMatrix, rows?: ArrayLike<number>): StatementTally {
  const agree = new Int32Array(matrix.statements);
  const disagree = new Int32Array(matrix.statements);
  const pass = new Int32Array(matrix.statements);
  const count = rows ? rows.length : matrix.participants;
  for (let index = 0; index < count; index += 1) {
    const row = rows ? rows[index] : index;
    for (let at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at += 1) {
      const value = matrix.values[at];
      const col = matrix.columns[at];
      if (value > 0) agree[col] += 1;
      else if (value < 0) disagree[col] += 1;
      else pass[col] += 1;
    }
  }
  return { agree, disagree, pass };
}
