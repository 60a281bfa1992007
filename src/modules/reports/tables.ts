import { type FigureName, figureLabels, figureNames, flatLabels } from '../../platform/vocabulary.js';
import type { Dashboard } from './service.js';

export interface ResultTable {
  /** Short stable name (CSV ?table=, sheet name). */
  name: string;
  title: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

/** The vocabularies' labels (platform/vocabulary.ts), as reports show them. */
export const labels: Record<string, string> = flatLabels('es');

const label = (key: string | null, absent = 'Sin dato') =>
  key === null || key === '' ? absent : (labels[key] ?? key);
const percent = (share: number) => Math.round(share * 1000) / 10;

/** The figures of the regions table (and of the PDF's «Regiones lado a lado»), in this order. */
export const regionColumns = [
  'dialogues',
  'participants',
  'organizations',
  'ideas',
  'ideas_after_merge',
  'ideas_visible',
  'dots',
] as const satisfies ReadonlyArray<FigureName>;

/** The dashboard's numbers as named tables: one XLSX sheet each, one CSV each, the PDF's tables. */
export function resultTables(dashboard: Dashboard, regionNames: Map<string, string>): ResultTable[] {
  const { report } = dashboard;
  const breakdown = (
    name: string,
    title: string,
    rows: Array<{ key: string | null; count: number }>,
    absent?: string,
  ) => ({
    name,
    title,
    columns: ['Categoría', 'Participantes', '% del total'],
    rows: rows.map((row) => [
      label(row.key, absent),
      row.count,
      report.participants ? percent(row.count / report.participants) : 0,
    ]),
  });
  return [
    {
      name: 'resumen',
      title: 'Resumen',
      columns: ['Indicador', 'Valor'],
      rows: [
        // Every named figure, under the name every surface gives it.
        ...figureNames.map((name) => [figureLabels.es[name], dashboard.figures[name]]),
        ['Ideas que concentran el 30 % de los votos', report.concentration.ideas_for_share['0.3']],
        ['Ideas que concentran el 50 % de los votos', report.concentration.ideas_for_share['0.5']],
        ['Ideas que concentran el 80 % de los votos', report.concentration.ideas_for_share['0.8']],
        ['% de votos en las 10 primeras ideas', percent(report.concentration.top_share['10'])],
        ['% de votos en las 40 primeras ideas', percent(report.concentration.top_share['40'])],
        ['Coeficiente de Gini', Math.round(report.concentration.gini * 1000) / 1000],
        ['% excelente o bueno', percent(report.evaluation.excellent_or_good_share)],
      ],
    },
    {
      name: 'regiones',
      title: 'Regiones',
      columns: [
        'Región',
        ...regionColumns.map((name) => figureLabels.es[name]),
        'Ideas para el 30 %',
        '% excelente o bueno',
      ],
      rows: report.by_region.map((region, index) => [
        regionNames.get(region.region_code) ?? region.region_code,
        ...regionColumns.map((name) => dashboard.regionFigures[index]?.[name] ?? 0),
        region.concentration.ideas_for_share['0.3'],
        percent(region.evaluation.excellent_or_good_share),
      ]),
    },
    breakdown('sector', 'Participación por sector', dashboard.participation.sector),
    breakdown('genero', 'Participación por género', dashboard.participation.gender),
    breakdown('edad', 'Participación por tramo de edad', dashboard.participation.age_band),
    breakdown('tipo_organizacion', 'Participación por tipo de organización', dashboard.participation.kind),
    {
      name: 'ideas_mesa',
      title: 'Ideas por mesa',
      columns: ['Mesa', figureLabels.es.ideas],
      rows: dashboard.ideasByTable.map((row) => [row.key ?? 'Sin mesa', row.count]),
    },
    {
      name: 'ideas_pregunta',
      title: 'Ideas por pregunta',
      columns: ['Pregunta', figureLabels.es.ideas],
      rows: dashboard.ideasByQuestion.map((row) => [row.key ?? 'Sin pregunta', row.count]),
    },
    {
      name: 'satisfaccion',
      title: 'Evaluación del método',
      columns: ['Evaluación', 'Respuestas'],
      rows: Object.entries(dashboard.ratings).map(([rating, count]) => [label(rating), count]),
    },
    {
      name: 'ideas_principales',
      title: 'Ideas con más votos',
      columns: ['Lugar', 'Idea', 'Puntos', 'Región', 'Diálogo'],
      rows: dashboard.topIdeas.map((idea, index) => [
        index + 1,
        idea.text,
        idea.dots,
        regionNames.get(idea.region_code) ?? idea.region_code,
        idea.dialogue,
      ]),
    },
    {
      name: 'lorenz',
      title: 'Curva de Lorenz',
      columns: ['% de ideas (de menos a más votadas)', '% de votos acumulados'],
      rows: dashboard.lorenz.map(([ideas, dots]) => [percent(ideas), percent(dots)]),
    },
  ];
}
