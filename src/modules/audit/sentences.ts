/**
 * The audit log read as sentences in Spanish: «Ana cambió el estado de la iniciativa «Escuela de
 * soldadura» (#12)». The action's last word gives the verb; the entity its Spanish name with its
 * article; the stored after/before gives a title when it has one. An action not listed still reads
 * as a sentence («registró «x.y» en…»), so a new action never shows a bare code.
 */
export const entityNames: Record<string, { one: string; plural: string }> = {
  dialogue: { one: 'el diálogo', plural: 'Diálogos' },
  idea: { one: 'la idea', plural: 'Ideas' },
  initiative: { one: 'la iniciativa', plural: 'Iniciativas' },
  staff_user: { one: 'la cuenta', plural: 'Cuentas del equipo' },
  council: { one: 'el consejo regional', plural: 'Consejos regionales' },
  synthesis_theme: { one: 'el tema', plural: 'Temas de la síntesis' },
  synthesis_run: { one: 'la agrupación', plural: 'Agrupaciones de la síntesis' },
  synthesis_job: { one: 'el trabajo de síntesis', plural: 'Trabajos de síntesis' },
  karabirrdt_plan: { one: 'el plan', plural: 'Planes Karabirrdt' },
  karabirrdt_member: { one: 'el integrante del plan', plural: 'Integrantes de planes' },
  karabirrdt_task: { one: 'la tarea', plural: 'Tareas de planes' },
  karabirrdt_objective: { one: 'el objetivo', plural: 'Objetivos de planes' },
  karabirrdt_dream: { one: 'el sueño', plural: 'Sueños de planes' },
  karabirrdt_thread: { one: 'la conversación', plural: 'Conversaciones de planes' },
  interview: { one: 'la entrevista', plural: 'Entrevistas' },
  interview_guide: { one: 'la pauta de entrevista', plural: 'Pautas de entrevista' },
  interview_code: { one: 'el código', plural: 'Códigos de entrevistas' },
  actor: { one: 'el actor', plural: 'Actores' },
  cycle: { one: 'el ciclo', plural: 'Ciclos anuales' },
  cycle_track: { one: 'el ciclo regional', plural: 'Ciclos regionales' },
  cycle_phase: { one: 'la fase', plural: 'Fases de ciclos' },
  feedback_session: { one: 'la sesión de retroalimentación', plural: 'Sesiones de retroalimentación' },
  organization: { one: 'la organización', plural: 'Organizaciones' },
  participant: { one: 'la persona participante', plural: 'Participantes' },
  device: { one: 'el dispositivo', plural: 'Dispositivos de participación' },
  setting: { one: 'el ajuste', plural: 'Ajustes' },
  package: { one: 'el paquete de datos', plural: 'Paquetes de datos' },
  consultation: { one: 'la consulta', plural: 'Consultas en línea' },
  consultation_statement: { one: 'la afirmación', plural: 'Afirmaciones de consultas' },
  rollout_evaluation: { one: 'la evaluación del despliegue', plural: 'Evaluaciones del despliegue' },
  rollout_wave_plan: { one: 'el plan de olas', plural: 'Planes de olas' },
  rollout_wave: { one: 'la ola', plural: 'Olas del despliegue' },
  rollout_region_version: { one: 'la versión regional', plural: 'Versiones regionales' },
  rollout_pilots: { one: 'la elección de pilotos', plural: 'Pilotos del despliegue' },
  rollout_model_version: { one: 'la versión del modelo', plural: 'Versiones del modelo' },
  rollout_finding: { one: 'el hallazgo', plural: 'Hallazgos' },
  rollout_evidence: { one: 'la evidencia', plural: 'Evidencias' },
  rollout_criterion: { one: 'el criterio', plural: 'Criterios' },
};

const verbs: Record<string, string> = {
  create: 'creó',
  add: 'agregó',
  update: 'cambió',
  delete: 'eliminó',
  remove: 'quitó',
  status: 'cambió el estado de',
  phase: 'cambió la fase de',
  phases: 'cambió las fechas de las fases de',
  hide: 'ocultó',
  unhide: 'volvió a mostrar',
  merge: 'fusionó',
  unmerge: 'separó',
  split: 'dividió',
  move: 'movió',
  rename: 'cambió el nombre de',
  import: 'importó',
  place: 'ubicó',
  revoke: 'revocó',
  run: 'ejecutó',
  set: 'fijó',
  scores: 'registró los puntajes de',
  rules: 'cambió las reglas de',
  facilitators: 'asignó facilitadores a',
  source_add: 'agregó una fuente a',
  source_remove: 'quitó una fuente de',
  milestone_add: 'agregó un hito a',
  milestone_update: 'cambió un hito de',
  screen_view: 'cambió la pantalla de',
  totp_on: 'activó el segundo factor de',
  totp_off: 'desactivó el segundo factor de',
  invite_sso: 'invitó con inicio de sesión institucional a',
  identity_link: 'vinculó una identidad a',
  verification: 'verificó',
  venue_open: 'abrió en sala',
  venue_import: 'importó desde la sala',
  venue_checkout: 'llevó a la sala',
  follow_up: 'registró un seguimiento de',
  level: 'cambió el nivel de',
  term: 'cambió el período de',
  session: 'registró una sesión de',
  uncode: 'quitó un código de',
};

function titleOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Record<string, unknown> | null;
    if (!parsed || typeof parsed !== 'object') return null;
    for (const key of ['title', 'name', 'label', 'text', 'email', 'year'])
      if (typeof parsed[key] === 'string' || typeof parsed[key] === 'number') {
        const text = String(parsed[key]);
        return text.length > 80 ? `${text.slice(0, 79)}…` : text;
      }
  } catch {
    // A value that is not JSON has no title to show.
  }
  return null;
}

export function auditSentence(row: {
  action: string;
  entity: string;
  entity_id: string;
  actor_name?: string | null;
  actor_email: string | null;
  actor_user_id: number | null;
  after_json: string | null;
  before_json: string | null;
  region_name?: string | null;
}): string {
  const who =
    row.actor_name ||
    row.actor_email ||
    (row.actor_user_id === null ? 'El sistema' : `La cuenta #${row.actor_user_id}`);
  const last = row.action.split('.').pop() ?? row.action;
  const verb = verbs[last];
  const entity = entityNames[row.entity]?.one ?? `«${row.entity}»`;
  const title = titleOf(row.after_json) ?? titleOf(row.before_json);
  const what = `${entity}${title ? ` «${title}»` : ''} (#${row.entity_id})`;
  const where = row.region_name ? `, en ${row.region_name}` : '';
  const sentence = verb
    ? `${who} ${verb} ${what}${where}.`
    : `${who} registró «${row.action}» en ${what}${where}.`;
  // Spanish contracts «de el» and «a el».
  return sentence.replace(/ de el /g, ' del ').replace(/ a el /g, ' al ');
}
