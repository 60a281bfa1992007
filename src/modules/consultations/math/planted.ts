import { mulberry32 } from '../../../platform/random.js';
import { buildVoteMatrix, type VoteMatrix } from './matrix.js';

/**
 * A consultation with planted opinion groups, for tests and the bench: each person belongs to one
 * of `groups` groups, each group has its own leaning on each statement, and each person votes on
 * `votesEach` statements picked at random (agree with the group's leaning with probability
 * `loyalty`, pass now and then). `group[p]` is the planted group.
 */
export function plantedConsultation(options: {
  participants: number;
  statements: number;
  votesEach: number;
  groups?: number;
  loyalty?: number;
  seed?: number;
}): { matrix: VoteMatrix; group: Int32Array } {
  const { participants, statements, votesEach } = options;
  const groups = options.groups ?? 3;
  const loyalty = options.loyalty ?? 0.85;
  const random = mulberry32(options.seed ?? 7);
  const leaning = new Int8Array(groups * statements);
  for (let index = 0; index < leaning.length; index += 1) leaning[index] = random() < 0.5 ? 1 : -1;
  const group = new Int32Array(participants);
  const total = participants * votesEach;
  const rows = new Int32Array(total);
  const cols = new Int32Array(total);
  const votes = new Int8Array(total);
  const picked = new Set<number>();
  let at = 0;
  for (let person = 0; person < participants; person += 1) {
    const own = Math.floor(random() * groups);
    group[person] = own;
    picked.clear();
    while (picked.size < Math.min(votesEach, statements)) picked.add(Math.floor(random() * statements));
    for (const statement of picked) {
      const draw = random();
      rows[at] = person;
      cols[at] = statement;
      votes[at] =
        draw < 0.08
          ? 0
          : draw < loyalty
            ? leaning[own * statements + statement]
            : -leaning[own * statements + statement];
      at += 1;
    }
  }
  return {
    matrix: buildVoteMatrix(
      participants,
      statements,
      rows.subarray(0, at),
      cols.subarray(0, at),
      votes.subarray(0, at),
    ),
    group,
  };
}
