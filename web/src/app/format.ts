/** Chilean formats: 1.820 ideas; 30 %; 25-11-2026. */
const integer = new Intl.NumberFormat('es-CL', { maximumFractionDigits: 0 });

export const formatInteger = (value: number) => integer.format(value);
/** A decimal comma: «0,43» (Gini to two digits), «3,5». */
export const formatDecimal = (value: number, digits = 1) =>
  new Intl.NumberFormat('es-CL', { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
export const formatPercent = (fraction: number, digits = 0) =>
  `${new Intl.NumberFormat('es-CL', { maximumFractionDigits: digits }).format(fraction * 100)} %`;
export const formatPesos = (value: number) =>
  new Intl.NumberFormat('es-CL', { style: 'currency', currency: 'CLP', maximumFractionDigits: 0 }).format(
    value,
  );

// A calendar date (YYYY-MM-DD) is the day as written: read at UTC midnight, shown in UTC.
const day = new Intl.DateTimeFormat('es-CL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayAndTime = new Intl.DateTimeFormat('es-CL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayAndTime.format(date);
}

/** Today as YYYY-MM-DD in Chile (America/Santiago): after 21:00 the UTC date is already tomorrow. */
export const todayInChile = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Santiago',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
