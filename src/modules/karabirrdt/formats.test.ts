import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../platform/files/cells.js';
import { escapeText, foldLine, tasksCsv, tasksIcs } from './formats.js';

const task = {
  id: 7,
  title: 'Diálogo; con, comas',
  description: 'línea 1\nlínea 2 \\ fin',
  step: 7,
  objective: null,
  hours: 4,
  cost: 120000,
  durationDays: 2,
  startDate: '2027-03-01',
  dueDate: '2027-03-02',
  status: 'pending',
  canDo: ['Ana'],
  wantsToLearn: [],
  earliestStart: 0,
  slack: 0,
  critical: true,
  late: false,
};

describe('task formats', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const dangerous of ['=1+1', '+56 9 1234', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseCell(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutraliseCell('Reunir al equipo')).toBe('Reunir al equipo');
    const csv = tasksCsv([{ ...task, title: '=cmd|calc' }]);
    expect(csv.split('\r\n')[1]).toMatch(/^7,'=cmd\|calc,/);
  });

  it('writes every text cell of the tasks CSV through the one neutraliser of the app', () => {
    const csv = tasksCsv([
      { ...task, title: '＝HYPERLINK("http://x")', description: "'=1+1", objective: '-5 %', canDo: ['@Ana'] },
    ]);
    const cells = csv.split('\r\n')[1].split(',');
    expect(cells[1]).toBe(`"'＝HYPERLINK(""http://x"")"`);
    expect(cells[2]).toBe("''=1+1");
    expect(cells[5]).toBe("'-5 %");
    expect(cells[12]).toBe("'@Ana");
  });

  it('escapes iCalendar text and folds lines at 75 octets without splitting characters', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `SUMMARY:${'ñ'.repeat(100)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });

  it('writes one all-day event per dated task with CRLF line ends', () => {
    const ics = tasksIcs(
      { id: 1, title: 'Plan' },
      [task, { ...task, id: 8, startDate: null, dueDate: null }],
      new Date('2027-01-01T10:00:00Z'),
    );
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('DTSTAMP:20270101T100000Z\r\n');
    expect(ics).toContain('SUMMARY:Diálogo\\; con\\, comas\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20270303\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
