import { flatLabels } from '../../platform/vocabulary.js';
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
        ['Diálogos', report.dialogues],
        ['Participantes (asistencias)', report.participants],
        ['Organizaciones distintas', report.organizations],
        ['Ideas', report.ideas],
        ['Ideas tras fusiones', report.ideas_after_merge],
        ['Puntos (votos)', report.dots],
        ['Ideas que concentran el 30 % de los votos', report.concentration.ideas_for_share['0.3']],
        ['Ideas que concentran el 50 % de los votos', report.concentration.ideas_for_share['0.5']],
        ['Ideas que concentran el 80 % de los votos', report.concentration.ideas_for_share['0.8']],
        ['% de votos en las 10 primeras ideas', percent(report.concentration.top_share['10'])],
        ['% de votos en las 40 primeras ideas', percent(report.concentration.top_share['40'])],
        ['Coeficiente de Gini', Math.round(report.concentration.gini * 1000) / 1000],
        ['Evaluaciones', report.evaluation.responses],
        ['% excelente o bueno', percent(report.evaluation.excellent_or_good_share)],
      ],
    },
    {
      name: 'regiones',
      title: 'Regiones',
      columns: [
        'Región',
        'Diálogos',
        'Participantes',
        'Organizaciones',
        'Ideas',
        'Puntos',
        'Ideas para el 30 %',
        '% excelente o bueno',
      ],
      rows: report.by_region.map((region) => [
        regionNames.get(region.region_code) ?? region.region_code,
        region.dialogues,
        region.participants,
        region.organizations,
        region.ideas,
        region.dots,
        region.concentration.ideas_for_share['0.3'],
        percent(region.evaluation.excellent_or_good_share),
      ]),
    },
    breakdown('sector', 'Participación por sector', dashboard.participation.sector),
    breakdown('genero', 'Participación por género', dashboard.participation.gender),
    breakdown('edad', 'Participación por tramo de edad', dashboard.participation.age_band),
    breakdown(
      'tipo_organizacion',
      'Participación por tipo de organización',
      dashboard.participation.kind,
      'Sin organización',
    ),
    {
      name: 'ideas_mesa',
      title: 'Ideas por mesa',
      columns: ['Mesa', 'Ideas'],
      rows: dashboard.ideasByTable.map((row) => [row.key ?? 'Sin mesa', row.count]),
    },
    {
      name: 'ideas_pregunta',
      title: 'Ideas por pregunta',
      columns: ['Pregunta', 'Ideas'],
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
