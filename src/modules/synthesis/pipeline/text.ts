import { createRequire } from 'node:module';
import type snowballTypes from 'snowball-stemmers';
import { lazy } from '../../../platform/lazy.js';

// The package's entry point is a JSON file: required, so that plain Node (not only tsx) loads it.
const stopwordsIso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const snowball = lazy<typeof snowballTypes>('snowball-stemmers');

/**
 * Spanish text to stems: HTML removed, entities decoded, lower case, accents folded for matching,
 * Spanish stopwords out, Snowball stemming. Each stem remembers the surface words it came from,
 * so that labels can show a real Spanish word instead of a stem.
 */

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  iexcl: '¡',
  iquest: '¿',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  uuml: 'ü',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ntilde: 'Ñ',
  Uuml: 'Ü',
  ordm: 'º',
  ordf: 'ª',
  euro: '€',
};

/** Decodes named and numeric HTML entities; unknown ones are left as text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return namedEntities[body] ?? whole;
  });
}

/** Tags out (with a space, so words on either side stay apart), entities decoded, lower case, NFC, one space between words. */
export function normalizeText(text: string): string {
  const withoutTags = text.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return decodeEntities(withoutTags).normalize('NFC').toLocaleLowerCase('es').replace(/\s+/g, ' ').trim();
}

/** Accents off the vowels (á→a, ü→u) but ñ kept: "año" and "ano" are different words. */
export function foldAccents(word: string): string {
  return word
    .replace(/[áàâä]/g, 'a')
    .replace(/[éèêë]/g, 'e')
    .replace(/[íìîï]/g, 'i')
    .replace(/[óòôö]/g, 'o')
    .replace(/[úùûü]/g, 'u');
}

/** Words: runs of letters (and digits inside words), punctuation and symbols dropped. */
export function words(normalized: string): string[] {
  return normalized.match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
}

/**
 * Words that appear in almost every idea written at a dialogue and name the act of proposing or
 * hedging rather than a subject ("propongo que…", "sería bueno…", "¿cómo podríamos…?"). Kept
 * short on purpose: subject words such as "empleo" or "capacitación" carry the themes and must stay.
 */
export const domainStopwords = [
  'propuesta',
  'propuestas',
  'propongo',
  'proponemos',
  'proponer',
  'idea',
  'ideas',
  'creo',
  'creemos',
  'pienso',
  'opinion',
  'deberia',
  'deberian',
  'deben',
  'debe',
  'debemos',
  'seria',
  'serian',
  'podria',
  'podrian',
  'podriamos',
  'puede',
  'pueden',
  'poder',
  'hacer',
  'hace',
  'hacen',
  'haya',
  'tener',
  'tiene',
  'tienen',
  'cosa',
  'cosas',
  'bueno',
  'buena',
  'mejor',
  'gracias',
  'favor',
  'ejemplo',
  'etc',
  'ademas',
  'mediante',
  'traves',
  'forma',
  'manera',
  'tipo',
  'vez',
  'veces',
  'ver',
  'gente',
  'si',
  'no',
  'ser',
  'esta',
  'estan',
  'solo',
  'mas',
  'asi',
  'ya',
  'aqui',
  'ahi',
  'dia',
  'dias',
];

const stopwords = new Set<string>([
  ...stopwordsIso.es.map((word) => foldAccents(word.toLowerCase())),
  ...domainStopwords,
]);

export function isStopword(foldedWord: string): boolean {
  return stopwords.has(foldedWord);
}

let stemmer: ReturnType<typeof snowballTypes.newStemmer> | undefined;
const stemCache = new Map<string, string>();

/** The Snowball Spanish stem of a lower-case word, accents folded afterwards (Snowball expects them). */
export function stem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    stemmer ??= snowball().newStemmer('spanish');
    cached = foldAccents(stemmer.stem(word));
    if (stemCache.size < 500_000) stemCache.set(word, cached);
  }
  return cached;
}

/** Stems of a text's content words, in order; `surfaces` (if given) counts which word each stem came from. */
export function stemsOf(text: string, surfaces?: Map<string, Map<string, number>>): string[] {
  const result: string[] = [];
  for (const word of words(normalizeText(text))) {
    if (word.length < 2) continue;
    const folded = foldAccents(word);
    if (isStopword(folded)) continue;
    const stemmed = stem(word);
    if (stemmed.length < 2) continue;
    result.push(stemmed);
    if (surfaces) {
      let forms = surfaces.get(stemmed);
      if (!forms) {
        forms = new Map();
        surfaces.set(stemmed, forms);
      }
      forms.set(word, (forms.get(word) ?? 0) + 1);
    }
  }
  return result;
}

/** Character n-grams of the folded text with word boundaries marked, for spelling-tolerant matching. */
export function charGrams(text: string, size = 3): string[] {
  const folded = words(normalizeText(text))
    .map(foldAccents)
    .filter((word) => !isStopword(word));
  const grams: string[] = [];
  for (const word of folded) {
    const padded = ` ${word} `;
    if (padded.length <= size) {
      grams.push(padded);
      continue;
    }
    for (let start = 0; start + size <= padded.length; start += 1)
      grams.push(padded.slice(start, start + size));
  }
  return grams;
}

/** The most frequent surface word for a stem ("capacit" → "capacitación"). */
export function surfaceOf(stemmed: string, surfaces: Map<string, Map<string, number>>): string {
  const forms = surfaces.get(stemmed);
  if (!forms) return stemmed;
  let best = stemmed;
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
