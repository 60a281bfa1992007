import { describe, expect, it } from 'vitest';
import { analyse, readProject, where } from './analyse.js';

/** The module of each foundation table (src/platform/db/schema.ts); `platform` is shared by all. */
const foundationOwners: Record<string, string> = {
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

const analysis = analyse(readProject(), foundationOwners);

describe('module boundaries (issue 14), report mode', () => {
  it('prints the offenders', () => {
    const lines = [
      `deep imports: ${analysis.deepImports.length}`,
      ...analysis.deepImports.map((entry) => `  ${where(entry)} → ${entry.to}`),
      `cycles: ${analysis.cycles.map((cycle) => cycle.join(' ↔ ')).join('; ')}`,
      `modules importing each other: ${analysis.mutualPairs.map((pair) => pair.join(' ↔ ')).join(', ')}`,
      `SQL outside queries.ts: ${analysis.sqlOutsideQueries.length}`,
      ...analysis.sqlOutsideQueries.map((site) => `  ${where(site)} ${site.what}`),
      `platform → modules: ${analysis.platformToModules.map(where).join(', ')}`,
      `modules naming another module's tables: ${analysis.foreignTablePairs.length}`,
    ];
    console.info(lines.join('\n'));
    expect(analysis.imports.length).toBeGreaterThan(0);
  });
});
