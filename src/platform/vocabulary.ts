/**
 * The FORMAT.md vocabularies, once, with their labels in Spanish (Chile) and English: the server's
 * schemas, the data package, the reports and the web (which imports this file) all read them here,
 * so a code or a label cannot drift between a form and a report. Pure data: no imports.
 */
export const sectors = [
  'trabajador_ocupado',
  'trabajador_desocupado',
  'empleador',
  'organizacion_social',
  'proveedor_capacitacion',
  'sector_publico',
  'academia',
  'otro',
] as const;
export const organizationKinds = [
  'empresa',
  'gremio',
  'sindicato',
  'otec',
  'otic',
  'omil',
  'municipio',
  'servicio_publico',
  'academia',
  'ong',
  'otra',
] as const;
export const genders = ['f', 'm', 'x'] as const;
export const ageBands = ['15-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export const ratings = ['excelente', 'bueno', 'regular', 'malo'] as const;

export type Sector = (typeof sectors)[number];
export type OrganizationKind = (typeof organizationKinds)[number];
export type Gender = (typeof genders)[number];
export type AgeBand = (typeof ageBands)[number];
export type Rating = (typeof ratings)[number];

export const vocabularyLabels = {
  es: {
    sector: {
      trabajador_ocupado: 'Trabajador/a con empleo',
      trabajador_desocupado: 'Trabajador/a sin empleo',
      empleador: 'Empleador/a',
      organizacion_social: 'Organización social',
      proveedor_capacitacion: 'Proveedor de capacitación',
      sector_publico: 'Sector público',
      academia: 'Academia',
      otro: 'Otro',
    },
    kind: {
      empresa: 'Empresa',
      gremio: 'Gremio',
      sindicato: 'Sindicato',
      otec: 'OTEC',
      otic: 'OTIC',
      omil: 'OMIL',
      municipio: 'Municipio',
      servicio_publico: 'Servicio público',
      academia: 'Academia',
      ong: 'ONG',
      otra: 'Otra',
    },
    gender: { f: 'Mujer', m: 'Hombre', x: 'Otro / no binario' },
    ageBand: {
      '15-24': '15 a 24 años',
      '25-34': '25 a 34 años',
      '35-44': '35 a 44 años',
      '45-54': '45 a 54 años',
      '55-64': '55 a 64 años',
      '65+': '65 años o más',
    },
    rating: { excelente: 'Excelente', bueno: 'Bueno', regular: 'Regular', malo: 'Malo' },
  },
  en: {
    sector: {
      trabajador_ocupado: 'Employed worker',
      trabajador_desocupado: 'Unemployed worker',
      empleador: 'Employer',
      organizacion_social: 'Social organisation',
      proveedor_capacitacion: 'Training provider',
      sector_publico: 'Public sector',
      academia: 'Academia',
      otro: 'Other',
    },
    kind: {
      empresa: 'Company',
      gremio: 'Trade association',
      sindicato: 'Union',
      otec: 'Training body (OTEC)',
      otic: 'Training intermediary (OTIC)',
      omil: 'Municipal job office (OMIL)',
      municipio: 'Municipality',
      servicio_publico: 'Public service',
      academia: 'Academia',
      ong: 'NGO',
      otra: 'Other',
    },
    gender: { f: 'Woman', m: 'Man', x: 'Other / non-binary' },
    ageBand: {
      '15-24': '15 to 24',
      '25-34': '25 to 34',
      '35-44': '35 to 44',
      '45-54': '45 to 54',
      '55-64': '55 to 64',
      '65+': '65 or over',
    },
    rating: { excelente: 'Excellent', bueno: 'Good', regular: 'Fair', malo: 'Poor' },
  },
} as const satisfies Record<
  'es' | 'en',
  {
    sector: Record<Sector, string>;
    kind: Record<OrganizationKind, string>;
    gender: Record<Gender, string>;
    ageBand: Record<AgeBand, string>;
    rating: Record<Rating, string>;
  }
>;

/** An attendance with no organisation, and one whose organisation has no kind: never the same thing. */
export const kindAbsentLabels = {
  es: { sin_organizacion: 'Sin organización', sin_tipo: 'Organización sin tipo indicado' },
  en: { sin_organizacion: 'No organisation', sin_tipo: 'Organisation of no stated kind' },
} as const;

/** Every code's label in one flat map (no code means two things: «academia» is a sector and a kind, labelled alike). */
export function flatLabels(locale: 'es' | 'en'): Record<string, string> {
  const { sector, kind, gender, ageBand, rating } = vocabularyLabels[locale];
  return { ...sector, ...kind, ...gender, ...ageBand, ...rating, ...kindAbsentLabels[locale] };
}

/**
 * The names of the figures (src/modules/figures): one label per figure on every surface — projector,
 * console, results, PDF, XLSX, CSV, open data and the public return.
 */
export const figureNames = [
  'dialogues',
  'participants',
  'organizations',
  'ideas',
  'ideas_after_merge',
  'ideas_visible',
  'ideas_hidden',
  'dots',
  'dots_on_hidden',
  'evaluations',
] as const;
export type FigureName = (typeof figureNames)[number];

export const figureLabels = {
  es: {
    dialogues: 'Diálogos',
    participants: 'Participantes (asistencias)',
    organizations: 'Organizaciones distintas',
    ideas: 'Ideas propuestas',
    ideas_after_merge: 'Ideas tras fusiones',
    ideas_visible: 'Ideas visibles',
    ideas_hidden: 'Ideas ocultas',
    dots: 'Puntos (votos)',
    dots_on_hidden: 'Puntos en ideas ocultas',
    evaluations: 'Evaluaciones',
  },
  en: {
    dialogues: 'Dialogues',
    participants: 'Participants (attendances)',
    organizations: 'Distinct organisations',
    ideas: 'Ideas proposed',
    ideas_after_merge: 'Ideas after merges',
    ideas_visible: 'Visible ideas',
    ideas_hidden: 'Hidden ideas',
    dots: 'Dots (votes)',
    dots_on_hidden: 'Dots on hidden ideas',
    evaluations: 'Evaluations',
  },
} satisfies Record<'es' | 'en', Record<FigureName, string>>;

/** Governance: the estates of a regional council, its agreements' states, the participation ladder (lowest first) and the device types. */
export const estates = [
  'trabajadores_ocupados',
  'trabajadores_desocupados',
  'empleadores',
  'sociedad_civil',
  'organismos_capacitacion',
  'sector_publico',
] as const;
export const agreementStatuses = ['pendiente', 'en_curso', 'cumplido', 'descartado'] as const;
export const deviceTypes = [
  'dialogo_innovacion_ciudadana',
  'consejo_regional',
  'consulta_en_linea',
  'mesa_tecnica',
  'cuenta_publica_participativa',
] as const;
export const ladderLevels = ['informar', 'consultar', 'involucrar', 'colaborar', 'empoderar'] as const;
