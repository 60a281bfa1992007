/**
 * The one map of Minga's features (issue 14, item 5). Each feature is named once, with the server
 * modules (`src/modules/<name>/`) that make it, its web features (`web/src/features/<name>/`), its
 * sections of the error catalogue (`src/platform/errors/sections/<name>.ts`) and the groups of the
 * access matrix (`src/test/access-matrix/<group>.ts`) that hold its routes' rows.
 *
 * `src/test/boundaries/features.test.ts` fails when a module folder, a web feature folder, an error
 * section or a matrix group is missing here or named twice, so a new folder has to say where it
 * belongs. docs/architecture.md draws the same map.
 */
export interface FeatureEntry {
  /** What the feature is for, in a line. */
  summary: string;
  modules: readonly string[];
  web: readonly string[];
  errors: readonly string[];
  matrix: readonly string[];
}

export const features = {
  shell: {
    summary: 'The frame every feature runs in: the home pages, and the errors anyone may meet (uploads too)',
    modules: [],
    web: ['home'],
    errors: ['core', 'files'],
    matrix: [],
  },
  access: {
    summary:
      'Regions, staff accounts and sign-in (passwords, TOTP, OpenID Connect), verified participants, the audit log, backups',
    modules: ['regions', 'staff', 'identity', 'audit', 'backup'],
    web: ['setup', 'admin'],
    errors: ['staff', 'identity'],
    matrix: ['admin'],
  },
  dialogues: {
    summary: 'A dialogue of citizen innovation: its room, phones, ideas, dots, evaluation and projector',
    modules: [
      'dialogues',
      'organizations',
      'participants',
      'ideas',
      'votes',
      'evaluations',
      'privacy',
      'screen',
      'venue',
      'acta',
    ],
    web: ['dialogues', 'room', 'screen'],
    errors: ['dialogues', 'venue'],
    matrix: ['participation'],
  },
  live: {
    summary: 'The live room: stored events, sockets and the facilitator’s live console',
    modules: ['live'],
    web: ['live'],
    errors: ['live'],
    matrix: ['participation'],
  },
  listening: {
    summary: 'Territorial listening: actors, interviews and their coding, councils, devices',
    modules: ['actors', 'interviews', 'councils', 'devices'],
    web: ['listening', 'governance'],
    errors: ['listening'],
    matrix: ['listening'],
  },
  consultations: {
    summary: 'Online consultations: statements, phones voting, opinion groups as Pol.is computes them',
    modules: ['consultations'],
    web: ['consultations'],
    errors: ['consultations'],
    matrix: ['consultations'],
  },
  synthesis: {
    summary: 'Themes found across ideas and interviews, for a region, the nation or a cycle',
    modules: ['synthesis'],
    web: ['synthesis'],
    errors: ['synthesis'],
    matrix: ['portfolio'],
  },
  cycle: {
    summary: 'The annual cycle: tracks, phases, the board, initiatives, feedback and their news',
    modules: ['cycles', 'board', 'initiatives', 'answers', 'devolution', 'notifications'],
    web: ['cycle'],
    errors: ['cycles'],
    matrix: ['portfolio'],
  },
  karabirrdt: {
    summary: 'Karabirrdt planning: dreams, objectives, tasks and the live plan',
    modules: ['karabirrdt'],
    web: ['karabirrdt'],
    errors: ['karabirrdt'],
    matrix: ['planning'],
  },
  rollout: {
    summary: 'The rollout of the model: pilots, evaluations, versions and waves of regions',
    modules: ['rollout'],
    web: ['rollout'],
    errors: ['rollout'],
    matrix: ['planning'],
  },
  results: {
    summary: 'Results: the figures defined once, reports and exports, the data package, the demo, open data',
    modules: ['figures', 'reports', 'datapackage', 'demo', 'opendata'],
    web: ['results'],
    errors: ['results'],
    matrix: ['admin', 'participation'],
  },
} as const satisfies Record<string, FeatureEntry>;

export type FeatureName = keyof typeof features;

/**
 * The module that owns each foundation table (src/platform/db/schema.ts); the other modules add
 * theirs in their own tables.ts. `platform` marks a table every module may use for its own keys.
 */
export const foundationTables: Record<string, string> = {
  regions: 'regions',
  settings: 'platform',
  staff_users: 'staff',
  staff_user_regions: 'staff',
  staff_sessions: 'staff',
  audit_log: 'audit',
  organizations: 'organizations',
  dialogues: 'dialogues',
  dialogue_facilitators: 'dialogues',
  dialogue_tables: 'dialogues',
  dialogue_questions: 'dialogues',
  participants: 'participants',
  ideas: 'ideas',
  idea_merges: 'ideas',
  votes: 'votes',
  vote_actions: 'votes',
  evaluations: 'evaluations',
  dialogue_events: 'live',
};

/** The feature a server module belongs to. */
export function featureOfModule(module: string): FeatureName | undefined {
  return (Object.keys(features) as FeatureName[]).find((name) =>
    (features[name].modules as readonly string[]).includes(module),
  );
}
