import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../platform/random.js';
import { importance, nextStatement, priority, type StatementStats } from './routing.js';

describe('which statement next', () => {
  it('computes importance and priority from the formulas', () => {
    const stats: StatementStats = { agree: 6, pass: 2, seen: 10, extremity: 1.5 };
    const expected = (1 - 3 / 12) * 2.5 * (7 / 12);
    expect(importance(stats)).toBeCloseTo(expected, 12);
    expect(priority(stats)).toBeCloseTo((expected * (1 + 8 * 2 ** -2)) ** 2, 12);
  });

  // Pol.is once shipped weights that were all equal; these must not be.
  it('gives different statements different weights', () => {
    const statements: StatementStats[] = [
      { agree: 0, pass: 0, seen: 0, extremity: 0 },
      { agree: 40, pass: 5, seen: 50, extremity: 2 },
      { agree: 5, pass: 40, seen: 50, extremity: 0.2 },
      { agree: 25, pass: 0, seen: 50, extremity: 1 },
    ];
    const weights = statements.map(priority);
    expect(new Set(weights.map((weight) => weight.toFixed(9))).size).toBe(weights.length);
    // New statements are boosted; much-passed ones sink; extremity lifts.
    expect(weights[0]).toBeGreaterThan(weights[3]);
    expect(weights[1]).toBeGreaterThan(weights[3]);
    expect(weights[2]).toBeLessThan(weights[3]);
  });

  it('draws in proportion to priority among the statements not yet voted on', () => {
    const statements: StatementStats[] = [
      { agree: 40, pass: 5, seen: 50, extremity: 2 },
      { agree: 10, pass: 10, seen: 50, extremity: 0.5 },
      { agree: 45, pass: 0, seen: 50, extremity: 1 },
      { agree: 30, pass: 5, seen: 50, extremity: 1 },
    ];
    const random = mulberry32(3);
    const counts = [0, 0, 0, 0];
    const draws = 40_000;
    for (let draw = 0; draw < draws; draw += 1) {
      const next = nextStatement(statements, new Set([3]), random);
      counts[next as number] += 1;
    }
    expect(counts[3]).toBe(0);
    const weights = statements.slice(0, 3).map(priority);
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    weights.forEach((weight, index) => {
      expect(counts[index] / draws).toBeCloseTo(weight / total, 1);
    });
    expect(new Set(counts.slice(0, 3)).size).toBe(3);
  });

  it('shows seeded statements first while they have few votes, and null when all are voted', () => {
    const statements: StatementStats[] = [
      { agree: 0, pass: 0, seen: 0, extremity: 0 },
      { agree: 1, pass: 0, seen: 2, extremity: 0, seeded: true },
      { agree: 30, pass: 0, seen: 30, extremity: 0, seeded: true },
    ];
    const random = mulberry32(1);
    for (let draw = 0; draw < 50; draw += 1) expect(nextStatement(statements, new Set(), random)).toBe(1);
    expect(nextStatement(statements, new Set([0, 1, 2]), random)).toBeNull();
  });
});
