import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelay } from '../notifications/worker.js';
import { phaseNames } from './schema.js';
import { cadenceDates, orderedPhases } from './service.js';

const day = (offset: number) =>
  new Date(Date.UTC(2027, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

describe('phase calendar', () => {
  it('accepts the five phases exactly when each ends after it starts and starts after the previous ends', () => {
    // Ten random offsets are in order once in 10! cases: half the cases are sorted, so both the
    // accepted and the refused branch run (and the counts below prove it).
    const offsets = fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 10, maxLength: 10 });
    const calendars = fc.oneof(
      offsets,
      offsets.map((values) => [...values].sort((a, b) => a - b)),
    );
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(calendars, fc.boolean(), (offsets, shuffle) => {
        const phases = phaseNames.map((phase, index) => ({
          phase,
          startsOn: day(offsets[index * 2]),
          endsOn: day(offsets[index * 2 + 1]),
        }));
        const inOrder = offsets.every((value, index) => index === 0 || value >= offsets[index - 1]);
        const given = shuffle ? [...phases].reverse() : phases;
        if (inOrder) {
          seen.accepted += 1;
          expect(orderedPhases(given).map((phase) => phase.phase)).toEqual([...phaseNames]);
        } else {
          seen.refused += 1;
          expect(() => orderedPhases(given)).toThrow(/out of order/);
        }
      }),
    );
    expect(seen.accepted).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('refuses a phase given twice', () => {
    const phases = phaseNames.map((phase, index) => ({
      phase,
      startsOn: day(index * 10),
      endsOn: day(index * 10 + 5),
    }));
    phases[4] = { ...phases[3] };
    expect(() => orderedPhases(phases)).toThrow(/out of order/);
  });

  it('plans feedback every N months inside implementation', () => {
    expect(cadenceDates('2027-07-01', '2028-01-31', 3)).toEqual(['2027-10-01', '2028-01-01']);
    expect(cadenceDates('2027-07-01', '2028-01-31', 0)).toEqual([]);
  });

  it('backs off exponentially up to the cap', () => {
    const options = { baseDelayMs: 1_000, maxDelayMs: 3_600_000 };
    expect(retryDelay(1, options)).toBeGreaterThanOrEqual(900);
    expect(retryDelay(1, options)).toBeLessThanOrEqual(1_100);
    expect(retryDelay(4, options)).toBeGreaterThanOrEqual(7_200);
    expect(retryDelay(40, options)).toBeLessThanOrEqual(3_960_000);
  });
});
