import { describe, expect, it } from 'vitest';
import { isAppError } from '../../platform/errors/index.js';
import { applyVote, type BallotRules } from './ballot.js';

// Ideas 1..4; 2 merged into 1, 4 hidden.
const rules: BallotRules = {
  budget: 5,
  cap: 3,
  ends: new Map([
    [1, 1],
    [2, 1],
    [3, 3],
    [4, 4],
  ]),
  hidden: new Set([4]),
};

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return null;
};

describe('applyVote', () => {
  it('puts new dots on the end of the chain and counts the cap over the whole chain', () => {
    const mine = new Map([[2, 2]]);
    expect(applyVote(rules, mine, 2, 1)).toEqual({ ideaId: 1, dots: 3, dotsLeft: 2 });
    expect([...mine]).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect(refusal(() => applyVote(rules, mine, 1, 1))).toBe('over_idea_cap');
    expect([...mine]).toEqual([
      [2, 2],
      [1, 1],
    ]);
  });

  it('refuses over budget, hidden ideas, unknown ideas and taking back what is not there, changing nothing', () => {
    const mine = new Map([
      [1, 3],
      [3, 2],
    ]);
    expect(refusal(() => applyVote(rules, mine, 3, 1))).toBe('over_budget');
    expect(refusal(() => applyVote(rules, new Map(), 4, 1))).toBe('idea_hidden');
    expect(refusal(() => applyVote(rules, mine, 99, 1))).toBe('not_found');
    expect(refusal(() => applyVote(rules, mine, 3, -3))).toBe('no_dots_to_remove');
    expect([...mine]).toEqual([
      [1, 3],
      [3, 2],
    ]);
  });

  it('takes dots back from the end first, then from merged ideas, and lets a hidden idea be emptied', () => {
    const mine = new Map([
      [2, 2],
      [1, 1],
      [4, 1],
    ]);
    expect(applyVote(rules, mine, 2, -2)).toEqual({ ideaId: 1, dots: 1, dotsLeft: 3 });
    expect([...mine]).toEqual([
      [2, 1],
      [4, 1],
    ]);
    expect(applyVote(rules, mine, 4, -1)).toEqual({ ideaId: 4, dots: 0, dotsLeft: 4 });
    expect(mine.has(4)).toBe(false);
  });
});
