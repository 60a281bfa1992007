/**
 * The four quadrants of the Dragon Dreaming wheel and their twelve steps. A task sits on one step,
 * numbered 1–12 in the order the wheel is walked.
 */
export const quadrants = ['sonar', 'planificar', 'hacer', 'celebrar'] as const;
export type Quadrant = (typeof quadrants)[number];

export const quadrantNames: Record<Quadrant, { es: string; en: string }> = {
  sonar: { es: 'Soñar', en: 'Dreaming' },
  planificar: { es: 'Planificar', en: 'Planning' },
  hacer: { es: 'Hacer', en: 'Doing' },
  celebrar: { es: 'Celebrar', en: 'Celebrating' },
};

export const steps = [
  { number: 1, quadrant: 'sonar', es: 'Toma de conciencia', en: 'Awareness' },
  { number: 2, quadrant: 'sonar', es: 'Motivación', en: 'Motivation' },
  { number: 3, quadrant: 'sonar', es: 'Recopilar información', en: 'Gathering information' },
  { number: 4, quadrant: 'planificar', es: 'Considerar alternativas', en: 'Considering alternatives' },
  { number: 5, quadrant: 'planificar', es: 'Estrategia', en: 'Strategy' },
  { number: 6, quadrant: 'planificar', es: 'Prueba', en: 'Testing' },
  { number: 7, quadrant: 'hacer', es: 'Implementación', en: 'Implementation' },
  { number: 8, quadrant: 'hacer', es: 'Gestión y administración', en: 'Management and administration' },
  { number: 9, quadrant: 'hacer', es: 'Monitoreo', en: 'Monitoring' },
  { number: 10, quadrant: 'celebrar', es: 'Nuevas habilidades', en: 'New skills' },
  { number: 11, quadrant: 'celebrar', es: 'Resultados', en: 'Results' },
  { number: 12, quadrant: 'celebrar', es: 'Evaluación y sabiduría', en: 'Evaluation and wisdom' },
] as const satisfies ReadonlyArray<{ number: number; quadrant: Quadrant; es: string; en: string }>;

export const isStep = (value: number) => Number.isInteger(value) && value >= 1 && value <= 12;
export const quadrantOfStep = (step: number): Quadrant => quadrants[Math.floor((step - 1) / 3)];

/** The share of the work the method asks to keep for celebrating (about a quarter). */
export const celebrateTarget = 0.25;
