import { describe, expect, it } from 'vitest';
import { localDate } from './dates.js';

describe('Chilean dates', () => {
  it('reads the day in Santiago, not in UTC', () => {
    // 21:30 on 2 December in Santiago (UTC−3 in summer) is 00:30 on 3 December in UTC.
    const evening = Date.parse('2026-12-03T00:30:00Z');
    expect(new Date(evening).toISOString().slice(0, 10)).toBe('2026-12-03');
    expect(localDate(evening)).toBe('2026-12-02');
    // In winter Santiago is UTC−4: 23:00 on 10 July is 03:00 UTC on 11 July.
    expect(localDate(Date.parse('2026-07-11T03:00:00Z'))).toBe('2026-07-10');
    expect(localDate(Date.parse('2026-07-11T05:00:00Z'))).toBe('2026-07-11');
  });
});
