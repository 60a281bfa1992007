import { describe, expect, it } from 'vitest';
import {
  consensusStatements,
  differenceZ,
  divisiveStatements,
  type GroupTally,
  proportionZ,
  representativeStatements,
  smoothed,
  zNinety,
} from './repness.js';

/** Tallies from [agree, disagree, pass] per statement for each group. */
function tallies(groups: number[][][]): GroupTally[] {
  return groups.map((statements) => ({
    agree: Int32Array.from(statements.map(([a]) => a)),
    disagree: Int32Array.from(statements.map(([, d]) => d)),
    seen: Int32Array.from(statements.map(([a, d, p]) => a + d + p)),
  }));
}

describe('representative statements', () => {
  it('uses pa = (a+1)/(n+2) and one-sided z-tests at 1.2816', () => {
    expect(smoothed(8, 10)).toBeCloseTo(9 / 12, 12);
    expect(zNinety).toBe(1.2816);
    expect(proportionZ(5, 10)).toBeCloseTo(0, 12);
    expect(proportionZ(9, 10)).toBeGreaterThan(zNinety);
    expect(differenceZ(9, 10, 2, 10)).toBeGreaterThan(zNinety);
    expect(differenceZ(5, 10, 5, 10)).toBeCloseTo(0, 12);
  });

  it('finds what each group agrees or disagrees with more than the rest, ranked, top 5', () => {
    // Statement 0: group A agrees, group B disagrees. 1: both agree. 2: B agrees a bit more.
    const groups = tallies([
      [
        [18, 2, 0],
        [19, 1, 0],
        [10, 10, 0],
        ...Array.from({ length: 8 }, (_, index) => [15 - index, 5 + index, 0]),
      ],
      [
        [2, 18, 0],
        [19, 1, 0],
        [13, 7, 0],
        ...Array.from({ length: 8 }, (_, index) => [5 + index, 15 - index, 0]),
      ],
    ]);
    const [first, second] = representativeStatements(groups, 11);
    expect(first[0]).toMatchObject({ statement: 0, direction: 'agree', significant: true });
    expect(second[0]).toMatchObject({ statement: 0, direction: 'disagree', significant: true });
    expect(first.length).toBeLessThanOrEqual(5);
    expect(first.map((item) => item.statement)).not.toContain(1);
    for (const list of [first, second]) {
      for (let index = 1; index < list.length; index += 1) {
        expect(list[index - 1].metric).toBeGreaterThanOrEqual(list[index].metric);
      }
      for (const item of list) {
        expect(item.metric).toBeCloseTo(
          item.repness * item.repnessZ * item.probability * item.probabilityZ,
          12,
        );
        expect(item.probabilityZ).toBeGreaterThan(zNinety);
        expect(item.repnessZ).toBeGreaterThan(zNinety);
      }
    }
    expect(first[0].groupShare).toBeCloseTo(0.9, 12);
    expect(first[0].restShare).toBeCloseTo(0.1, 12);
  });

  it('gives a group with nothing significant its best agreed statement, marked as such', () => {
    const groups = tallies([
      [
        [3, 2, 0],
        [2, 2, 1],
      ],
      [
        [3, 2, 0],
        [2, 2, 1],
      ],
    ]);
    const [first] = representativeStatements(groups, 2);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ statement: 0, significant: false });
  });
});

describe('consensus and division', () => {
  const groups = tallies([
    [
      [20, 0, 0],
      [15, 5, 0],
      [0, 20, 0],
      [18, 2, 0],
      [1, 18, 1],
    ],
    [
      [18, 2, 0],
      [16, 4, 0],
      [20, 0, 0],
      [2, 18, 0],
      [0, 20, 0],
    ],
    [
      [19, 1, 0],
      [5, 15, 0],
      [10, 10, 0],
      [10, 10, 0],
      [2, 17, 1],
    ],
  ]);

  it('ranks agreements by Π_g (A_g+1)/(S_g+2) across groups, then disagreements', () => {
    const consensus = consensusStatements(groups, 5);
    expect(consensus.map((item) => [item.statement, item.direction])).toEqual([
      [0, 'agree'],
      [4, 'disagree'],
    ]);
    expect(consensus[0].consensus).toBeCloseTo((21 / 22) * (19 / 22) * (20 / 22), 12);
    expect(consensus[0].groupShares).toEqual([1, 0.9, 0.95]);
  });

  it('finds statements one group agrees with and another rejects, widest gap first', () => {
    const divisive = divisiveStatements(groups, 5);
    expect(divisive.map((item) => item.statement)).toEqual([2, 3, 1]);
    expect(divisive[0].divisiveness).toBeCloseTo(21 / 22 - 1 / 22 - (1 / 22 - 21 / 22), 12);
  });
});
