import { chileTimeZone } from '../../platform/dates.js';
import { newPdf } from '../../platform/files/pdf.js';
import { ratings, vocabularyLabels } from '../../platform/vocabulary.js';
import type { Acta, ActaIdea } from './service.js';

type Locale = 'es' | 'en';

const words = {
  es: {
    title: 'Acta del diálogo',
    region: 'Región',
    date: 'Fecha',
    venue: 'Lugar',
    facilitators: 'Facilitación',
    nobody: 'Sin facilitadores asignados',
    status: { draft: 'borrador', open: 'inscripción abierta', live: 'en vivo', closed: 'cerrado' },
    statusLine: 'Estado al generar el acta',
    generated: 'Generada por Minga el',
    summary: (a: Acta) =>
      `${plural('es', a.participants, 'participante', 'participantes')}, ${plural('es', a.ideasTotal, 'idea', 'ideas')} y ${plural('es', a.dotsSpent, 'punto', 'puntos')} usados de ${a.dotsPerParticipant} por persona.`,
    questions: 'Preguntas del desafío',
    tables: 'Mesas',
    tableLine: (name: string, people: number, ideas: number) =>
      `${name}: ${plural('es', people, 'participante', 'participantes')}, ${plural('es', ideas, 'idea', 'ideas')}`,
    participation: 'Participación',
    bySector: 'Por sector',
    byKind: 'Por tipo de organización',
    noOrganization: 'Sin organización',
    notSaid: 'No indicado',
    ideasOf: (n: number) => `Ideas de la pregunta ${n}`,
    unassigned: 'Ideas sin pregunta',
    noIdeas: 'No hubo ideas.',
    dots: (n: number) => plural('es', n, 'punto', 'puntos'),
    card: 'tarjeta',
    merged: 'Se fusionó aquí',
    hidden: 'Ideas ocultas',
    hiddenIntro: 'No se mostraron en la sala ni se votaron; se conservan con su motivo.',
    reason: 'Motivo',
    lateCard: 'Llegó después de la ideación y no se aceptó.',
    question: 'pregunta',
    evaluation: 'Evaluación del método',
    responses: (n: number) => plural('es', n, 'respuesta', 'respuestas'),
    comments: 'Comentarios (anónimos)',
    noComments: 'No hubo comentarios.',
    noEvaluations: 'No se recibieron evaluaciones.',
    page: (n: number, of: number) => `Página ${n} de ${of}`,
  },
  en: {
    title: 'Dialogue record',
    region: 'Region',
    date: 'Date',
    venue: 'Venue',
    facilitators: 'Facilitation',
    nobody: 'No facilitators assigned',
    status: { draft: 'draft', open: 'open for registration', live: 'live', closed: 'closed' },
    statusLine: 'Status when the record was made',
    generated: 'Made by Minga on',
    summary: (a: Acta) =>
      `${plural('en', a.participants, 'participant', 'participants')}, ${plural('en', a.ideasTotal, 'idea', 'ideas')} and ${plural('en', a.dotsSpent, 'dot', 'dots')} spent of ${a.dotsPerParticipant} per person.`,
    questions: 'Challenge questions',
    tables: 'Tables',
    tableLine: (name: string, people: number, ideas: number) =>
      `${name}: ${plural('en', people, 'participant', 'participants')}, ${plural('en', ideas, 'idea', 'ideas')}`,
    participation: 'Participation',
    bySector: 'By sector',
    byKind: 'By kind of organisation',
    noOrganization: 'No organisation',
    notSaid: 'Not given',
    ideasOf: (n: number) => `Ideas for question ${n}`,
    unassigned: 'Ideas without a question',
    noIdeas: 'There were no ideas.',
    dots: (n: number) => plural('en', n, 'dot', 'dots'),
    card: 'card',
    merged: 'Merged here',
    hidden: 'Hidden ideas',
    hiddenIntro: 'They were not shown in the room nor voted on; they are kept with their reason.',
    reason: 'Reason',
    lateCard: 'It arrived after ideation and was not accepted.',
    question: 'question',
    evaluation: 'Evaluation of the method',
    responses: (n: number) => plural('en', n, 'response', 'responses'),
    comments: 'Comments (anonymous)',
    noComments: 'There were no comments.',
    noEvaluations: 'No evaluations were received.',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
};

const numberFormat = { es: new Intl.NumberFormat('es-CL'), en: new Intl.NumberFormat('en-GB') };
const percentFormat = {
  es: new Intl.NumberFormat('es-CL', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};

function plural(locale: Locale, n: number, one: string, many: string) {
  return `${numberFormat[locale].format(n)} ${n === 1 ? one : many}`;
}

/** A dialogue's day, written out (a YYYY-MM-DD calendar date, read at noon so no zone moves it). */
export function writtenDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-CL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

const writtenNow = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'es' ? 'es-CL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: chileTimeZone,
  }).format(new Date());

const ink = '#1f2933';
const accent = '#1d5fa8';
const muted = '#52606d';

/** The acta as an A4 PDF, in the locale asked, with a Unicode font (platform/files/pdf.ts). */
export function actaPdf(acta: Acta, locale: Locale): Promise<Buffer> {
  const w = words[locale];
  const labels = vocabularyLabels[locale];
  const { doc, regular, bold, done } = newPdf({ Title: `${w.title}: ${acta.title}` });
  const left = 50;
  const width = doc.page.width - 100;
  const ensureSpace = (height: number) => {
    if (doc.y + height > doc.page.height - 70) doc.addPage();
  };
  const heading = (text: string) => {
    ensureSpace(60);
    doc.moveDown(0.8).font(bold).fontSize(14).fillColor(ink).text(text, left, doc.y, { width });
    doc.moveDown(0.3).font(regular).fontSize(10);
  };
  const line = (text: string, options: { indent?: number; color?: string; size?: number } = {}) => {
    const indent = options.indent ?? 0;
    ensureSpace(16);
    doc
      .font(regular)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? ink)
      .text(text, left + indent, doc.y, { width: width - indent });
  };
  const bars = (title: string, rows: Array<{ label: string; count: number }>) => {
    if (title) doc.moveDown(0.4).font(bold).fontSize(11).fillColor(ink).text(title, left);
    doc.moveDown(0.2);
    const max = Math.max(1, ...rows.map((row) => row.count));
    const labelWidth = 190;
    const barWidth = width - labelWidth - 60;
    for (const row of rows) {
      ensureSpace(16);
      const y = doc.y;
      doc
        .font(regular)
        .fontSize(9)
        .fillColor(ink)
        .text(row.label, left, y, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
      const length = (row.count / max) * barWidth;
      doc.rect(left + labelWidth, y + 1, Math.max(1, length), 9).fill(accent);
      doc.fillColor(ink).text(numberFormat[locale].format(row.count), left + labelWidth + length + 6, y, {
        lineBreak: false,
      });
      doc.x = left;
      doc.y = y + 15;
    }
  };
  const ideaList = (ideas: ActaIdea[]) => {
    if (ideas.length === 0) {
      line(w.noIdeas, { color: muted });
      return;
    }
    for (const idea of ideas) {
      ensureSpace(30);
      const facts = [w.dots(idea.dots), idea.table, idea.source === 'card' ? w.card : null].filter(Boolean);
      doc.font(bold).fontSize(10).fillColor(ink).text(`${idea.rank}. `, left, doc.y, { continued: true });
      doc.font(regular).text(idea.text, { width: width - 20 });
      line(facts.join(' · '), { indent: 16, color: muted, size: 9 });
      for (const merged of idea.merged)
        line(`${w.merged}: «${merged.text}» (${w.dots(merged.dots)})`, { indent: 16, color: muted, size: 9 });
      doc.moveDown(0.25);
    }
  };

  // Heading and the facts of the meeting.
  doc.font(bold).fontSize(20).fillColor(ink).text(`${w.title}: ${acta.title}`, left, doc.y, { width });
  doc.moveDown(0.4);
  const fact = (label: string, value: string) => {
    doc.font(bold).fontSize(10).fillColor(ink).text(`${label}: `, left, doc.y, { continued: true, width });
    doc.font(regular).text(value);
  };
  fact(w.region, acta.region);
  fact(w.date, writtenDate(acta.date, locale));
  if (acta.venue) fact(w.venue, acta.venue);
  fact(w.facilitators, acta.facilitators.length ? acta.facilitators.join(', ') : w.nobody);
  if (acta.status !== 'closed')
    fact(w.statusLine, w.status[acta.status as keyof typeof w.status] ?? acta.status);
  doc.moveDown(0.4);
  line(w.summary(acta));
  line(`${w.generated} ${writtenNow(locale)}`, { color: muted, size: 9 });

  heading(w.questions);
  for (const question of acta.questions) line(`${question.position}. ${question.text}`);

  heading(w.tables);
  for (const table of acta.tables) line(w.tableLine(table.name, table.participants, table.ideas));

  heading(w.participation);
  const sectorLabels = labels.sector as Record<string, string>;
  const kindLabels = labels.kind as Record<string, string>;
  bars(
    w.bySector,
    acta.bySector.map((row) => ({
      label: row.key ? (sectorLabels[row.key] ?? row.key) : w.notSaid,
      count: row.count,
    })),
  );
  bars(
    w.byKind,
    acta.byOrganizationKind.map((row) => ({
      label: row.key ? (kindLabels[row.key] ?? row.key) : w.noOrganization,
      count: row.count,
    })),
  );

  for (const question of acta.questions) {
    heading(w.ideasOf(question.position));
    line(question.text, { color: muted });
    doc.moveDown(0.3);
    ideaList(question.ideas);
  }
  if (acta.unassigned.length > 0) {
    heading(w.unassigned);
    ideaList(acta.unassigned);
  }

  if (acta.hidden.length > 0) {
    heading(w.hidden);
    line(w.hiddenIntro, { color: muted, size: 9 });
    doc.moveDown(0.2);
    for (const idea of acta.hidden) {
      ensureSpace(28);
      line(`«${idea.text}»${idea.question ? ` (${w.question} ${idea.question})` : ''}`);
      line(idea.late ? w.lateCard : `${w.reason}: ${idea.reason}`, { indent: 16, color: muted, size: 9 });
    }
  }

  heading(w.evaluation);
  const { responses, counts, comments } = acta.evaluation;
  if (responses === 0) line(w.noEvaluations, { color: muted });
  else {
    line(w.responses(responses));
    bars(
      '',
      ratings.map((rating) => ({
        label: `${labels.rating[rating]} (${percentFormat[locale].format(counts[rating] / responses)})`,
        count: counts[rating],
      })),
    );
    doc.moveDown(0.4).font(bold).fontSize(11).fillColor(ink).text(w.comments, left);
    doc.moveDown(0.2);
    if (comments.length === 0) line(w.noComments, { color: muted });
    for (const comment of comments) line(`«${comment}»`, { indent: 8 });
  }

  // Page numbers, once the number of pages is known.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(regular)
      .fontSize(8)
      .fillColor(muted)
      .text(`${acta.title} · ${w.page(index + 1, range.count)}`, left, doc.page.height - 40, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
