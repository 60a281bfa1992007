import { type VoteMatrix, votesPerParticipant } from './matrix.js';

/** Fewest votes that put a person in the groups, and how many people the groups need at least. */
export const minimumVotes = 7;
export const minimumParticipants = 15;

/**
 * Who takes part in the opinion groups: everyone with at least min(7, statements) votes; when
 * fewer than 15 qualify, the most active of the rest are added until there are 15 (or no one is
 * left who voted at all). Ties go to the earlier participant. Returns row numbers, ascending.
 */
export function groupedParticipants(matrix: VoteMatrix, counts = votesPerParticipant(matrix)): Int32Array {
  const threshold = Math.min(minimumVotes, matrix.statements);
  const chosen: number[] = [];
  const rest: number[] = [];
  for (let row = 0; row < matrix.participants; row += 1) {
    if (counts[row] === 0) continue;
    if (counts[row] >= threshold) chosen.push(row);
    else rest.push(row);
  }
  if (chosen.length < minimumParticipants && rest.length) {
    rest.sort((a, b) => counts[b] - counts[a] || a - b);
    chosen.push(...rest.slice(0, minimumParticipants - chosen.length));
    chosen.sort((a, b) => a - b);
  }
  return Int32Array.from(chosen);
}
