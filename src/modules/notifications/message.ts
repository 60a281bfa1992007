/** Escapes text for HTML element content and attribute values: ideas are untrusted text. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const statusLabels: Record<string, string> = {
  propuesta: 'propuesta',
  aprobada: 'aprobada',
  en_ejecucion: 'en ejecución',
  terminada: 'terminada',
  descartada: 'descartada',
};

export interface IdeaNews {
  ideas: Array<{ id: number; text: string }>;
  initiative: { id: number; title: string; status: string; progress: number; discardReason: string | null };
  /** 'source': the idea became part of the initiative; 'status': the initiative changed status. */
  change: 'source' | 'status';
  statusBefore?: string;
  baseUrl: string;
  unsubscribeUrl: string;
}

/** The e-mail telling a participant what became of an idea they proposed or voted for. */
export function renderIdeaNews(news: IdeaNews) {
  const { initiative } = news;
  const status = statusLabels[initiative.status] ?? initiative.status;
  const headline =
    news.change === 'source'
      ? `Una idea en la que participaste ahora es parte de la iniciativa «${initiative.title}» (${status}).`
      : `La iniciativa «${initiative.title}», que nació de una idea en la que participaste, pasó de «${statusLabels[news.statusBefore ?? ''] ?? news.statusBefore}» a «${status}».`;
  const extra = [
    `Avance: ${initiative.progress} %.`,
    initiative.status === 'descartada' && initiative.discardReason
      ? `Motivo: ${initiative.discardReason}`
      : '',
  ].filter(Boolean);
  return letter(news, `Novedades sobre tu idea: ${initiative.title} (${status})`, headline, extra);
}

/** The official answers' words, as the author reads them. */
export const answerLabels: Record<string, string> = {
  en_estudio: 'en estudio',
  priorizada: 'priorizada',
  no_priorizada: 'no priorizada',
  ya_existe: 'ya existe',
};

export interface AnswerNews {
  ideas: Array<{ id: number; text: string }>;
  answer: {
    status: string;
    text: string;
    reason: string | null;
    link: string | null;
    initiativeTitle: string | null;
  };
  baseUrl: string;
  unsubscribeUrl: string;
}

/** The e-mail with the official answer to an idea the participant proposed. */
export function renderAnswerNews(news: AnswerNews) {
  const { answer } = news;
  const status = answerLabels[answer.status] ?? answer.status;
  const headline = `Tu idea recibió una respuesta oficial: ${status}.`;
  const extra = [
    answer.text,
    answer.initiativeTitle ? `Iniciativa: «${answer.initiativeTitle}».` : '',
    answer.reason ? `Motivo: ${answer.reason}` : '',
    answer.link ? `Dónde existe: ${answer.link}` : '',
  ].filter(Boolean);
  return letter(news, `Respuesta a tu idea: ${status}`, headline, extra);
}

/** One letter to a participant, as text and as HTML (escaped): the news, their ideas, the way out. */
function letter(
  news: { ideas: Array<{ id: number; text: string }>; baseUrl: string; unsubscribeUrl: string },
  subject: string,
  headline: string,
  extra: string[],
) {
  const ideaLinks = news.ideas.map((idea) => ({
    text: idea.text,
    url: `${news.baseUrl}/devolucion/idea/${idea.id}`,
  }));
  const text = [
    'Hola:',
    '',
    headline,
    ...extra,
    '',
    'Tus ideas:',
    ...ideaLinks.map((idea) => `- «${idea.text}»: ${idea.url}`),
    '',
    'Gracias por participar en los Diálogos de Innovación Ciudadana de SENCE.',
    '',
    `Para dejar de recibir estos correos: ${news.unsubscribeUrl}`,
  ].join('\n');
  const html = [
    '<!doctype html><html lang="es"><body>',
    '<p>Hola:</p>',
    `<p>${escapeHtml(headline)}</p>`,
    ...extra.map((line) => `<p>${escapeHtml(line)}</p>`),
    '<p>Tus ideas:</p><ul>',
    ...ideaLinks.map((idea) => `<li><a href="${escapeHtml(idea.url)}">${escapeHtml(idea.text)}</a></li>`),
    '</ul>',
    '<p>Gracias por participar en los Diálogos de Innovación Ciudadana de SENCE.</p>',
    `<p><a href="${escapeHtml(news.unsubscribeUrl)}">Dejar de recibir estos correos</a></p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
