import { csvField } from '../../platform/files/csv.js';
import { steps } from './steps.js';

/**
 * Text formats of a plan's tasks: CSV for spreadsheets and iCalendar (RFC 5545) for calendars,
 * both written here so that their safety rules are visible.
 */

export interface TaskForFormats {
  id: number;
  title: string;
  description: string | null;
  step: number;
  objective: string | null;
  hours: number;
  cost: number;
  durationDays: number;
  startDate: string | null;
  dueDate: string | null;
  status: string;
  canDo: string[];
  wantsToLearn: string[];
  earliestStart: number;
  slack: number;
  critical: boolean;
  late: boolean;
}

/** The tasks as CSV; every cell through csvField, so text cells are neutralised for spreadsheets. */
export function tasksCsv(tasks: TaskForFormats[]): string {
  const header = [
    'id',
    'titulo',
    'descripcion',
    'paso',
    'nombre_paso',
    'objetivo',
    'horas',
    'costo_pesos',
    'duracion_dias',
    'inicio',
    'termino',
    'estado',
    'pueden_hacerla',
    'quieren_aprender',
    'inicio_temprano_dia',
    'holgura_dias',
    'critica',
    'atrasada',
  ];
  const lines = [header.join(',')];
  for (const task of tasks) {
    lines.push(
      [
        task.id,
        task.title,
        task.description,
        task.step,
        steps[task.step - 1]?.es ?? '',
        task.objective,
        task.hours,
        task.cost,
        task.durationDays,
        task.startDate,
        task.dueDate,
        task.status,
        task.canDo.join('; '),
        task.wantsToLearn.join('; '),
        task.earliestStart,
        task.slack,
        task.critical ? 'si' : 'no',
        task.late ? 'si' : 'no',
      ]
        .map((value) => csvField(value))
        .join(','),
    );
  }
  // A byte order mark so that spreadsheet programs read the accents as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * and a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation holds 74 after its leading space.
  let limit = 75;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** An iCalendar file with one all-day event per dated task (from its start to its due date). */
export function tasksIcs(
  plan: { id: number; title: string },
  tasks: TaskForFormats[],
  stamp: Date,
  host = 'minga',
): string {
  const dtstamp = `${stamp.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Minga//Karabirrdt//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(plan.title)}`,
  ];
  for (const task of tasks) {
    const start = task.startDate ?? task.dueDate;
    const end = task.dueDate ?? task.startDate;
    if (!start || !end) continue;
    const description = [
      `Paso ${task.step}: ${steps[task.step - 1]?.es ?? ''}`,
      task.objective ? `Objetivo: ${task.objective}` : '',
      task.canDo.length ? `Pueden hacerla: ${task.canDo.join(', ')}` : '',
      task.description ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:karabirrdt-${plan.id}-task-${task.id}@${host}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDate(start)}`,
      // DTEND of an all-day event is exclusive: the day after the due date.
      `DTEND;VALUE=DATE:${compactDate(nextDay(end))}`,
      `SUMMARY:${escapeText(task.title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `STATUS:${task.status === 'done' ? 'CONFIRMED' : 'TENTATIVE'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
