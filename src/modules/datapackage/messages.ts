import type { Locale } from '../../platform/errors/index.js';

/** What can be wrong in a package, in Spanish and English; `{x}` are filled in. */
const problemTexts = {
  missing_column: { es: 'falta esta columna obligatoria', en: 'this required column is missing' },
  missing_file: { es: 'falta el archivo obligatorio', en: 'the required file is missing' },
  required: { es: 'está vacía y es obligatoria', en: 'is empty and required' },
  duplicate_id: {
    es: 'el identificador «{value}» ya apareció en la línea {first}',
    en: 'the identifier "{value}" already appeared on line {first}',
  },
  unknown_region: {
    es: '«{value}» no es una de las 16 regiones (código ISO 3166-2:CL, p. ej. CL-BI)',
    en: '"{value}" is not one of the 16 regions (ISO 3166-2:CL code, e.g. CL-BI)',
  },
  bad_date: {
    es: '«{value}» no es una fecha válida AAAA-MM-DD',
    en: '"{value}" is not a valid YYYY-MM-DD date',
  },
  bad_integer: {
    es: '«{value}» no es un número entero mayor o igual que 1',
    en: '"{value}" is not an integer greater than or equal to 1',
  },
  bad_word: {
    es: '«{value}» no está en la lista ({allowed})',
    en: '"{value}" is not in the list ({allowed})',
  },
  unknown_reference: {
    es: '«{value}» no existe en {file}',
    en: '"{value}" does not exist in {file}',
  },
  other_dialogue: {
    es: '«{value}» pertenece a otro diálogo («{other}»)',
    en: '"{value}" belongs to another dialogue ("{other}")',
  },
  merge_loop: {
    es: 'la cadena de fusiones que empieza en «{value}» vuelve sobre sí misma',
    en: 'the merge chain starting at "{value}" loops back on itself',
  },
  over_budget: {
    es: 'el participante «{participant}» suma {total} puntos en el diálogo; el máximo es {budget}',
    en: 'participant "{participant}" adds up to {total} dots in the dialogue; the maximum is {budget}',
  },
  over_idea_cap: {
    es: 'el participante «{participant}» suma {total} puntos en la idea «{idea}» (tras seguir las fusiones); el máximo por idea es {cap}',
    en: 'participant "{participant}" adds up to {total} dots on idea "{idea}" (after merges); the maximum per idea is {cap}',
  },
  second_evaluation: {
    es: 'el participante «{value}» ya evaluó este diálogo en la línea {first}',
    en: 'participant "{value}" already evaluated this dialogue on line {first}',
  },
  too_long: {
    es: 'tiene {length} caracteres; el máximo es {max}',
    en: 'has {length} characters; the maximum is {max}',
  },
  bad_text: {
    es: 'contiene caracteres de control o solo caracteres invisibles',
    en: 'contains control characters or only invisible ones',
  },
  bad_csv: { es: 'CSV mal formado: {detail}', en: 'malformed CSV: {detail}' },
  more: { es: '… y {count} problemas más', en: '… and {count} more problems' },
} satisfies Record<string, Record<Locale, string>>;

export type ProblemKind = keyof typeof problemTexts;

export function problemText(
  kind: ProblemKind,
  locale: Locale,
  params: Record<string, string | number>,
): string {
  return problemTexts[kind][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
