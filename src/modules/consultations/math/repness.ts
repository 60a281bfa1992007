/**
 * What each group believes and what unites or splits them, from vote counts per group:
 * representative statements (how much more a group agrees — or disagrees — than everyone else,
 * kept only when two one-sided z-tests at 90 % pass), group-aware consensus and divisive
 * statements.
 */

/** One-sided z at 90 %. */
export const zNinety = 1.2816;
export const representativePerGroup = 5;
export const consensusPerDirection = 5;
export const divisivePerConsultation = 5;

export type Direction = 'agree' | 'disagree';

/** Counts of one group (or of the rest) on every statement. */
export interface GroupTally {
  agree: Int32Array;
  disagree: Int32Array;
  /** Votes of any kind, passes included. */
  seen: Int32Array;
}

export interface RepresentativeStatement {
  statement: number;
  direction: Direction;
  /** Share of the group voting that way (raw, without pseudo-counts), and of the rest. */
  groupShare: number;
  restShare: number;
  /** pa = (a+1)/(n+2) in the group, its ratio to the rest's, and the two z statistics. */
  probability: number;
  repness: number;
  probabilityZ: number;
  repnessZ: number;
  metric: number;
  /** Both tests passed; false only for the fallback statement shown when none passed. */
  significant: boolean;
  groupVotes: number;
}

/** (successes + 1) / (votes + 2): a share that does not jump to 0 or 1 on a handful of votes. */
export const smoothed = (successes: number, votes: number) => (successes + 1) / (votes + 2);

/** z of the smoothed share against one half (more than half of the group?). */
export function proportionZ(successes: number, votes: number): number {
  return 2 * Math.sqrt(votes + 2) * (smoothed(successes, votes) - 0.5);
}

/** z of the difference between two smoothed shares (the group's larger than the rest's?). */
export function differenceZ(
  successes: number,
  votes: number,
  restSuccesses: number,
  restVotes: number,
): number {
  const n1 = votes + 2;
  const n2 = restVotes + 2;
  const p1 = (successes + 1) / n1;
  const p2 = (restSuccesses + 1) / n2;
  const pooled = (successes + 1 + restSuccesses + 1) / (n1 + n2);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return spread > 0 ? (p1 - p2) / spread : 0;
}

function measure(
  statement: number,
  direction: Direction,
  successes: number,
  votes: number,
  restSuccesses: number,
  restVotes: number,
): RepresentativeStatement {
  const probability = smoothed(successes, votes);
  const rest = smoothed(restSuccesses, restVotes);
  const repness = probability / rest;
  const probabilityZ = proportionZ(successes, votes);
  const repnessZ = differenceZ(successes, votes, restSuccesses, restVotes);
  return {
    statement,
    direction,
    groupShare: votes ? successes / votes : 0,
    restShare: restVotes ? restSuccesses / restVotes : 0,
    probability,
    repness,
    probabilityZ,
    repnessZ,
    metric: repness * repnessZ * probability * probabilityZ,
    significant: probabilityZ > zNinety && repnessZ > zNinety,
    groupVotes: votes,
  };
}

/**
 * Each group's representative statements: for every statement the better of «agrees more» and
 * «disagrees more», kept when both tests pass, ranked by repness × test × p × p-test, top 5. A
 * group with none gets its single best agreed statement, marked not significant, so its card is
 * never empty.
 */
export function representativeStatements(
  groups: ReadonlyArray<GroupTally>,
  statements: number,
  eligible?: (statement: number) => boolean,
): RepresentativeStatement[][] {
  const total: GroupTally = {
    agree: new Int32Array(statements),
    disagree: new Int32Array(statements),
    seen: new Int32Array(statements),
  };
  for (const group of groups) {
    for (let col = 0; col < statements; col += 1) {
      total.agree[col] += group.agree[col];
      total.disagree[col] += group.disagree[col];
      total.seen[col] += group.seen[col];
    }
  }
  return groups.map((group) => {
    const kept: RepresentativeStatement[] = [];
    let fallback: RepresentativeStatement | null = null;
    for (let col = 0; col < statements; col += 1) {
      if (eligible && !eligible(col)) continue;
      const votes = group.seen[col];
      if (votes === 0) continue;
      const restVotes = total.seen[col] - votes;
      const agree = measure(
        col,
        'agree',
        group.agree[col],
        votes,
        total.agree[col] - group.agree[col],
        restVotes,
      );
      const disagree = measure(
        col,
        'disagree',
        group.disagree[col],
        votes,
        total.disagree[col] - group.disagree[col],
        restVotes,
      );
      const candidates = [agree, disagree].filter((candidate) => candidate.significant);
      if (candidates.length) kept.push(candidates.sort((a, b) => b.metric - a.metric)[0]);
      if (
        !fallback ||
        agree.probability * agree.probabilityZ > fallback.probability * fallback.probabilityZ
      ) {
        fallback = agree;
      }
    }
    kept.sort((a, b) => b.metric - a.metric || a.statement - b.statement);
    if (kept.length === 0 && fallback) return [{ ...fallback, significant: false }];
    return kept.slice(0, representativePerGroup);
  });
}

export interface ConsensusStatement {
  statement: number;
  direction: Direction;
  /** Π over groups of (a_g+1)/(n_g+2) (or the same with disagreements). */
  consensus: number;
  /** Raw share voting that way in each group. */
  groupShares: number[];
}

/**
 * Statements every group leans the same way on, by group-aware consensus Π_g (A_g+1)/(S_g+2): a
 * statement counts for «agree» when more than half of every group agrees (smoothed), likewise for
 * «disagree»; the top 5 of each direction, agreements first.
 */
export function consensusStatements(
  groups: ReadonlyArray<GroupTally>,
  statements: number,
  eligible?: (statement: number) => boolean,
): ConsensusStatement[] {
  const found: Record<Direction, ConsensusStatement[]> = { agree: [], disagree: [] };
  if (groups.length === 0) return [];
  for (let col = 0; col < statements; col += 1) {
    if (eligible && !eligible(col)) continue;
    for (const direction of ['agree', 'disagree'] as const) {
      let product = 1;
      let everyGroup = true;
      const shares: number[] = [];
      for (const group of groups) {
        const successes = direction === 'agree' ? group.agree[col] : group.disagree[col];
        const p = smoothed(successes, group.seen[col]);
        product *= p;
        if (p <= 0.5) everyGroup = false;
        shares.push(group.seen[col] ? successes / group.seen[col] : 0);
      }
      if (everyGroup)
        found[direction].push({ statement: col, direction, consensus: product, groupShares: shares });
    }
  }
  const ranked = (list: ConsensusStatement[]) =>
    list
      .sort((a, b) => b.consensus - a.consensus || a.statement - b.statement)
      .slice(0, consensusPerDirection);
  return [...ranked(found.agree), ...ranked(found.disagree)];
}

export interface DivisiveStatement {
  statement: number;
  /** Largest gap between two groups' net agreement (smoothed agree − disagree share), 0…2. */
  divisiveness: number;
  /** Net agreement of each group, −1…1. */
  groupNet: number[];
}

/** Statements some group agrees with on balance while another disagrees, by the widest gap; top 5. */
export function divisiveStatements(
  groups: ReadonlyArray<GroupTally>,
  statements: number,
  eligible?: (statement: number) => boolean,
): DivisiveStatement[] {
  if (groups.length < 2) return [];
  const found: DivisiveStatement[] = [];
  for (let col = 0; col < statements; col += 1) {
    if (eligible && !eligible(col)) continue;
    const net = groups.map(
      (group) => smoothed(group.agree[col], group.seen[col]) - smoothed(group.disagree[col], group.seen[col]),
    );
    const high = Math.max(...net);
    const low = Math.min(...net);
    if (high > 0 && low < 0) found.push({ statement: col, divisiveness: high - low, groupNet: net });
  }
  return found
    .sort((a, b) => b.divisiveness - a.divisiveness || a.statement - b.statement)
    .slice(0, divisivePerConsultation);
}
