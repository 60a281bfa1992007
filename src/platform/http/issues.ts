import type { z } from 'zod';
import type { Locale } from '../errors/index.js';

/**
 * Our own words for a field that failed its schema («Contraseña: debe tener al menos 10
 * caracteres.»), instead of zod's («Demasiado pequeño: se esperaba que texto tuviera >=10
 * caracteres»). Schemas parse with `ownWording`: an issue without a message of its schema's own gets
 * the marker, and `wordIssue` turns it into a sentence naming the field from the issue's facts.
 */
const ownMarker = 'minga:own-wording';

/**
 * The per-parse options: our marker where the schema gave no message (the schema's own wins), and
 * the input kept on each issue (a missing field reads «es obligatorio»; only path and message leave).
 */
export const ownWording = { error: () => ownMarker, reportInput: true };

/** The name of each input field as the forms label it (last path key; unknown keys are quoted). */
const fieldNames: Record<string, [es: string, en: string]> = {
  achieved: ['Logrado', 'Achieved'],
  actorId: ['Actor', 'Actor'],
  ageBand: ['Tramo de edad', 'Age band'],
  agenda: ['Programa', 'Agenda'],
  agreements: ['Acuerdos', 'Agreements'],
  answers: ['Respuestas', 'Answers'],
  attendees: ['Asistentes', 'Attendees'],
  audience: ['Público', 'Audience'],
  body: ['Texto', 'Text'],
  budgetPesos: ['Presupuesto (pesos)', 'Budget (pesos)'],
  closesAt: ['Cierre', 'Closes at'],
  code: ['Código', 'Code'],
  comment: ['Comentario', 'Comment'],
  consent: ['Consentimiento', 'Consent'],
  cost: ['Costo', 'Cost'],
  count: ['Cantidad', 'Count'],
  countdownMinutes: ['Cuenta regresiva (minutos)', 'Countdown (minutes)'],
  cycleId: ['Ciclo', 'Cycle'],
  date: ['Fecha', 'Date'],
  decision: ['Decisión', 'Decision'],
  delta: ['Puntos', 'Dots'],
  description: ['Descripción', 'Description'],
  detail: ['Detalle', 'Detail'],
  dialogueId: ['Diálogo', 'Dialogue'],
  discardReason: ['Motivo del descarte', 'Reason for discarding'],
  dots: ['Puntos', 'Dots'],
  dotsPerMember: ['Puntos por integrante', 'Dots per member'],
  dotsPerParticipant: ['Puntos por participante', 'Dots per participant'],
  dreams: ['Sueños', 'Dreams'],
  dueDate: ['Fecha límite', 'Due date'],
  dueOn: ['Fecha límite', 'Due date'],
  durationDays: ['Duración (días)', 'Duration (days)'],
  email: ['Correo electrónico', 'Email'],
  end: ['Término', 'End'],
  endDate: ['Fecha de término', 'End date'],
  endsOn: ['Fecha de término', 'End date'],
  establishedOn: ['Fecha de constitución', 'Established on'],
  estate: ['Estamento', 'Estate'],
  evaluationNote: ['Nota de evaluación', 'Evaluation note'],
  facilitator: ['Facilitador', 'Facilitator'],
  feedbackEveryMonths: ['Devolución cada (meses)', 'Feedback every (months)'],
  gender: ['Género', 'Gender'],
  heldOn: ['Fecha de la sesión', 'Held on'],
  hours: ['Horas', 'Hours'],
  id: ['Identificador', 'Id'],
  ideaId: ['Idea', 'Idea'],
  ideaIds: ['Ideas', 'Ideas'],
  ideas: ['Ideas', 'Ideas'],
  influence: ['Influencia', 'Influence'],
  interest: ['Interés', 'Interest'],
  interviewer: ['Entrevistador', 'Interviewer'],
  joinCode: ['Código', 'Code'],
  kind: ['Tipo', 'Kind'],
  label: ['Nombre', 'Label'],
  level: ['Nivel', 'Level'],
  limit: ['Límite', 'Limit'],
  locale: ['Idioma', 'Language'],
  maxDotsPerIdea: ['Máximo de puntos en una idea', 'Most dots on one idea'],
  maxGenderShare: ['Máximo de un género', 'Largest gender share'],
  members: ['Integrantes', 'Members'],
  message: ['Mensaje', 'Message'],
  minutes: ['Minutos', 'Minutes'],
  monthsPerWave: ['Meses por ola', 'Months per wave'],
  name: ['Nombre', 'Name'],
  nationalId: ['RUN', 'RUN'],
  note: ['Nota', 'Note'],
  notes: ['Notas', 'Notes'],
  notifyConsent: ['Aviso por correo', 'Email notice'],
  objective: ['Objetivo', 'Objective'],
  opensAt: ['Apertura', 'Opens at'],
  organizationId: ['Organización', 'Organisation'],
  organizationKind: ['Tipo de organización', 'Organisation kind'],
  organizationName: ['Organización', 'Organisation'],
  page: ['Página', 'Page'],
  pageSize: ['Tamaño de página', 'Page size'],
  password: ['Contraseña', 'Password'],
  phase: ['Fase', 'Phase'],
  phone: ['Teléfono', 'Phone'],
  plannedOn: ['Fecha planificada', 'Planned on'],
  position: ['Posición', 'Position'],
  progressPercent: ['Avance (%)', 'Progress (%)'],
  q: ['Búsqueda', 'Search'],
  question: ['Pregunta', 'Question'],
  questionId: ['Pregunta', 'Question'],
  questions: ['Pregunta', 'Question'],
  quorum: ['Quórum', 'Quorum'],
  rating: ['Evaluación', 'Rating'],
  rationale: ['Fundamento', 'Rationale'],
  reason: ['Motivo', 'Reason'],
  region: ['Región', 'Region'],
  regionCode: ['Región', 'Region'],
  regionCodes: ['Regiones', 'Regions'],
  releasedOn: ['Fecha de publicación', 'Released on'],
  reportedOn: ['Fecha del reporte', 'Reported on'],
  responsible: ['Responsable', 'Responsible'],
  responsibleUnit: ['Unidad responsable', 'Responsible unit'],
  role: ['Rol', 'Role'],
  score: ['Puntaje', 'Score'],
  sector: ['Sector', 'Sector'],
  source: ['Fuente', 'Source'],
  start: ['Inicio', 'Start'],
  startDate: ['Fecha de inicio', 'Start date'],
  startedOn: ['Fecha de inicio', 'Started on'],
  startsOn: ['Fecha de inicio', 'Starts on'],
  status: ['Estado', 'Status'],
  summary: ['Resumen', 'Summary'],
  tableId: ['Mesa', 'Table'],
  tables: ['Mesa', 'Table'],
  tasks: ['Tareas', 'Tasks'],
  termEnd: ['Fin del período', 'Term end'],
  termStart: ['Inicio del período', 'Term start'],
  text: ['Texto', 'Text'],
  title: ['Título', 'Title'],
  type: ['Tipo', 'Type'],
  url: ['Dirección web', 'Web address'],
  userId: ['Usuario', 'User'],
  venue: ['Lugar', 'Venue'],
  verificationTicket: ['Verificación', 'Verification'],
  year: ['Año', 'Year'],
};

/** «Pregunta 2» for questions.1; the last named key of the path, else the data as a whole. */
export function fieldName(path: ReadonlyArray<PropertyKey>, locale: Locale): string {
  const keys = path.map(String);
  for (let at = keys.length - 1; at >= 0; at -= 1) {
    if (/^\d+$/.test(keys[at])) continue;
    const known = fieldNames[keys[at]];
    const name = known ? known[locale === 'en' ? 1 : 0] : `«${keys[at]}»`;
    const index = keys[at + 1];
    return index !== undefined && /^\d+$/.test(index) ? `${name} ${Number(index) + 1}` : name;
  }
  return locale === 'en' ? 'The data' : 'Los datos';
}

const number = (value: unknown, locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en' : 'es-CL').format(Number(value));

type Words = Record<string, (n: string, one: boolean) => string>;
const es: Words = {
  required: () => 'es obligatorio',
  minChars: (n, one) => `debe tener al menos ${n} ${one ? 'carácter' : 'caracteres'}`,
  maxChars: (n, one) => `puede tener hasta ${n} ${one ? 'carácter' : 'caracteres'}`,
  minItems: (n, one) => `necesita al menos ${n} ${one ? 'elemento' : 'elementos'}`,
  maxItems: (n, one) => `admite hasta ${n} ${one ? 'elemento' : 'elementos'}`,
  minNumber: (n) => `debe ser ${n} o más`,
  aboveNumber: (n) => `debe ser mayor que ${n}`,
  maxNumber: (n) => `debe ser ${n} o menos`,
  belowNumber: (n) => `debe ser menor que ${n}`,
  number: () => 'debe ser un número',
  integer: () => 'debe ser un número entero',
  string: () => 'debe ser un texto',
  boolean: () => 'debe ser sí o no',
  array: () => 'debe ser una lista',
  email: () => 'debe ser un correo electrónico válido (nombre@dominio.cl)',
  url: () => 'debe ser una dirección web válida (https://…)',
  date: () => 'debe ser una fecha válida (AAAA-MM-DD)',
  datetime: () => 'debe ser una fecha y hora válidas',
  format: () => 'no tiene el formato esperado',
  choice: () => 'debe ser una de las opciones ofrecidas',
  unknownKeys: (n) => `no se esperaban estos campos: ${n}`,
  multipleOf: (n) => `debe ser múltiplo de ${n}`,
  invalid: () => 'no es válido',
};
const en: Words = {
  required: () => 'is required',
  minChars: (n, one) => `must have at least ${n} ${one ? 'character' : 'characters'}`,
  maxChars: (n, one) => `may have up to ${n} ${one ? 'character' : 'characters'}`,
  minItems: (n, one) => `needs at least ${n} ${one ? 'item' : 'items'}`,
  maxItems: (n, one) => `takes up to ${n} ${one ? 'item' : 'items'}`,
  minNumber: (n) => `must be ${n} or more`,
  aboveNumber: (n) => `must be more than ${n}`,
  maxNumber: (n) => `must be ${n} or less`,
  belowNumber: (n) => `must be less than ${n}`,
  number: () => 'must be a number',
  integer: () => 'must be a whole number',
  string: () => 'must be a text',
  boolean: () => 'must be yes or no',
  array: () => 'must be a list',
  email: () => 'must be a valid email address (name@domain.cl)',
  url: () => 'must be a valid web address (https://…)',
  date: () => 'must be a valid date (YYYY-MM-DD)',
  datetime: () => 'must be a valid date and time',
  format: () => 'is not in the expected format',
  choice: () => 'must be one of the options offered',
  unknownKeys: (n) => `these fields were not expected: ${n}`,
  multipleOf: (n) => `must be a multiple of ${n}`,
  invalid: () => 'is not valid',
};

/** What is wrong, from the issue's facts (its code, its origin and its bounds). */
function problem(issue: z.core.$ZodIssue, locale: Locale): string {
  const words = locale === 'en' ? en : es;
  const say = (key: string, value?: unknown) =>
    words[key](value === undefined ? '' : number(value, locale), Number(value) === 1);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return say('required');
      const expected = String(issue.expected);
      if (expected === 'int') return say('integer');
      return expected in words ? say(expected) : say('invalid');
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? say('required') : say('minChars', minimum);
      if (issue.origin === 'array' || issue.origin === 'set')
        return minimum <= 1 && issue.inclusive !== false ? say('minItems', 1) : say('minItems', minimum);
      return issue.inclusive === false ? say('aboveNumber', minimum) : say('minNumber', minimum);
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return say('maxChars', maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return say('maxItems', maximum);
      return issue.inclusive === false ? say('belowNumber', maximum) : say('maxNumber', maximum);
    }
    case 'invalid_format': {
      const format = String(issue.format);
      if (format === 'email' || format === 'url' || format === 'date' || format === 'datetime')
        return say(format);
      return say('format');
    }
    case 'invalid_value':
      return say('choice');
    case 'unrecognized_keys':
      return words.unknownKeys(issue.keys.join(', '), false);
    case 'not_multiple_of':
      return say('multipleOf', issue.divisor);
    default:
      return say('invalid');
  }
}

/** The issue's sentence: the schema's own message as written, or ours naming the field. */
export function wordIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.message !== ownMarker) return issue.message;
  return `${fieldName(issue.path, locale)}: ${problem(issue, locale)}.`;
}
