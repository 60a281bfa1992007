import { chooseGroups, type GroupState, initialGroupState } from './groups.js';
import { type VoteMatrix, votesPerParticipant } from './matrix.js';
import { groupedParticipants } from './participants.js';
import { type Components, principalComponents, projectParticipants, statementExtremity } from './pca.js';
import {
  type ConsensusStatement,
  consensusStatements,
  type DivisiveStatement,
  divisiveStatements,
  type GroupTally,
  type RepresentativeStatement,
  representativeStatements,
} from './repness.js';

export interface OpinionGroup {
  /** 0, 1, …: largest group first. */
  id: number;
  /** Row numbers of its members, ascending. */
  members: number[];
  centre: [number, number];
  representative: RepresentativeStatement[];
}

export interface OpinionGroupsResult {
  participants: number;
  statements: number;
  /** Rows that took part in the groups (enough votes), ascending. */
  grouped: Int32Array;
  /** Group of each row, −1 when not grouped. */
  groupOf: Int32Array;
  /** Every row's place on the map, x, y interleaved (0, 0 for rows without votes). */
  points: Float64Array;
  groups: OpinionGroup[];
  consensus: ConsensusStatement[];
  divisive: DivisiveStatement[];
  /** Per statement, for the routing. */
  extremity: Float64Array;
  components: Components;
  k: number;
  bestK: number;
  silhouettes: Record<number, number>;
  state: GroupState;
}

export interface EngineOptions {
  /** The last computation's state (k with its patience, base centres). */
  state?: GroupState;
  seed?: number;
  /** Statements moderated out: left out of the lists and the components, seen by all for the scaling. */
  excluded?: ReadonlySet<number>;
  /** A fixed number of groups instead of the silhouette's choice (for comparisons). */
  groups?: number;
}

/** The whole computation: who is grouped, the map, the groups and what they believe. */
export function computeOpinionGroups(input: VoteMatrix, options: EngineOptions = {}): OpinionGroupsResult {
  const excluded = options.excluded ?? new Set<number>();
  // Pol.is's way with moderated statements: their column is set to «seen, no opinion» for
  // everyone. They then weigh nothing in the components but still count among the statements a
  // person has seen when the projection is scaled; who is grouped counts the votes as cast.
  const counts = votesPerParticipant(input);
  const grouped = groupedParticipants(input, counts);
  const matrix = excluded.size ? withoutStatements(input, excluded) : input;
  const components = principalComponents(matrix, { seed: options.seed ?? 1 });
  const points = projectParticipants(matrix, components, excluded.size);
  const extremity = statementExtremity(components, matrix.statements);
  for (const col of excluded) if (col < extremity.length) extremity[col] = 0;
  const groupedPoints = new Float64Array(grouped.length * 2);
  grouped.forEach((row, index) => {
    groupedPoints[index * 2] = points[row * 2];
    groupedPoints[index * 2 + 1] = points[row * 2 + 1];
  });
  const groupOf = new Int32Array(matrix.participants).fill(-1);
  if (grouped.length === 0) {
    return {
      participants: matrix.participants,
      statements: matrix.statements,
      grouped,
      groupOf,
      points,
      groups: [],
      consensus: [],
      divisive: [],
      extremity,
      components,
      k: 0,
      bestK: 0,
      silhouettes: {},
      state: options.state ?? initialGroupState(),
    };
  }
  const choice = chooseGroups(groupedPoints, options.state ?? initialGroupState(), options.groups);
  // Largest group first; ties by the earliest member, so ids do not depend on k-means' order.
  const members: number[][] = Array.from({ length: choice.k }, () => []);
  grouped.forEach((row, index) => {
    members[choice.groupOfPoint[index]].push(row);
  });
  const order = members
    .map((list, label) => ({ list, label }))
    .filter((entry) => entry.list.length > 0)
    .sort((a, b) => b.list.length - a.list.length || a.list[0] - b.list[0]);
  order.forEach((entry, id) => {
    for (const row of entry.list) groupOf[row] = id;
  });
  const tallies = tallyGroups(matrix, groupOf, order.length);
  const eligible = excluded.size ? (col: number) => !excluded.has(col) : undefined;
  const representative = representativeStatements(tallies, matrix.statements, eligible);
  const groups: OpinionGroup[] = order.map((entry, id) => {
    let x = 0;
    let y = 0;
    for (const row of entry.list) {
      x += points[row * 2];
      y += points[row * 2 + 1];
    }
    return {
      id,
      members: entry.list,
      centre: [x / entry.list.length, y / entry.list.length],
      representative: representative[id],
    };
  });
  return {
    participants: matrix.participants,
    statements: matrix.statements,
    grouped,
    groupOf,
    points,
    groups,
    consensus: consensusStatements(tallies, matrix.statements, eligible),
    divisive: divisiveStatements(tallies, matrix.statements, eligible),
    extremity,
    components,
    k: groups.length,
    bestK: choice.bestK,
    silhouettes: choice.silhouettes,
    state: choice.state,
  };
}

export function tallyGroups(matrix: VoteMatrix, groupOf: Int32Array, groups: number): GroupTally[] {
  const tallies = Array.from({ length: groups }, () => ({
    agree: new Int32Array(matrix.statements),
    disagree: new Int32Array(matrix.statements),
    seen: new Int32Array(matrix.statements),
  }));
  for (let row = 0; row < matrix.participants; row += 1) {
    const group = groupOf[row];
    if (group < 0) continue;
    const tally = tallies[group];
    for (let at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at += 1) {
      const col = matrix.columns[at];
      const value = matrix.values[at];
      tally.seen[col] += 1;
      if (value > 0) tally.agree[col] += 1;
      else if (value < 0) tally.disagree[col] += 1;
    }
  }
  return tallies;
}

/** The same matrix without the votes on the given statements (columns keep their numbers). */
function withoutStatements(matrix: VoteMatrix, excluded: ReadonlySet<number>): VoteMatrix {
  const rowStart = new Int32Array(matrix.participants + 1);
  const columns = new Int32Array(matrix.columns.length);
  const values = new Int8Array(matrix.values.length);
  let out = 0;
  for (let row = 0; row < matrix.participants; row += 1) {
    rowStart[row] = out;
    for (let at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at += 1) {
      if (excluded.has(matrix.columns[at])) continue;
      columns[out] = matrix.columns[at];
      values[out] = matrix.values[at];
      out += 1;
    }
  }
  rowStart[matrix.participants] = out;
  return {
    participants: matrix.participants,
    statements: matrix.statements,
    rowStart,
    columns: columns.slice(0, out),
    values: values.slice(0, out),
  };
}
