import { type CsvFlavour, type CsvValue, csvLine as writeLine } from '../../platform/files/csv.js';
import type { Acta, ActaIdea } from './service.js';

const columns = {
  es: ['Pregunta', 'Lugar', 'Idea', 'Mesa', 'Origen', 'Puntos', 'Estado', 'Detalle'],
  en: ['Question', 'Rank', 'Idea', 'Table', 'Source', 'Dots', 'State', 'Detail'],
};
const states = {
  es: {
    shown: 'visible',
    merged: 'fusionada',
    hidden: 'oculta',
    into: 'en',
    phone: 'teléfono',
    card: 'tarjeta',
  },
  en: {
    late: 'late',
    shown: 'shown',
    merged: 'merged',
    hidden: 'hidden',
    into: 'into',
    phone: 'phone',
    card: 'card',
  },
};

/**
 * Every idea of the dialogue, one row each (UTF-8 with BOM for spreadsheets, cells neutralised by
 * csvLine): the shown ones with their rank and dots after merges, each merged one under the idea
 * it went into, the hidden ones with their reason.
 */
export function ideasCsv(acta: Acta, locale: 'es' | 'en', flavour: CsvFlavour = 'standard'): string {
  const s = states[locale];
  const csvLine = (values: CsvValue[]) => writeLine(values, '\n', flavour);
  const lines = [csvLine(columns[locale])];
  const write = (question: number | null, ideas: ActaIdea[]) => {
    for (const idea of ideas) {
      const source = idea.source === 'card' ? s.card : s.phone;
      lines.push(
        csvLine([question ?? '', idea.rank, idea.text, idea.table ?? '', source, idea.dots, s.shown, '']),
      );
      for (const merged of idea.merged)
        lines.push(
          csvLine([
            question ?? '',
            '',
            merged.text,
            '',
            '',
            merged.dots,
            s.merged,
            `${s.into} «${idea.text}»`,
          ]),
        );
    }
  };
  for (const question of acta.questions) write(question.position, question.ideas);
  write(null, acta.unassigned);
  for (const idea of acta.hidden)
    lines.push(csvLine([idea.question ?? '', '', idea.text, '', '', 0, s.hidden, idea.reason]));
  return `\ufeff${lines.join('')}`;
}
