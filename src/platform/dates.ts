/**
 * The calendar date where the work happens. Minga's dates (a council's agreements falling due, a
 * plan's week, a cycle's phase, a report's "generated on") are Chilean days: at 21:30 in Santiago
 * the UTC date is already tomorrow, so the date is read in America/Santiago, never from UTC.
 */
export const chileTimeZone = 'America/Santiago';

const formats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of `at` in the time zone (en-CA formats dates as ISO). */
export function localDate(at: Date | number = Date.now(), timeZone = chileTimeZone): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format.format(at);
}

/** Today in Chile. */
export const today = () => localDate();
