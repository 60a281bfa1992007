import { ageBands, genders, organizationKinds, ratings, sectors } from '../../platform/vocabulary.js';

export { ageBands, genders, organizationKinds, ratings, sectors };
/**
 * The Minga data package, version 1 (../shared/FORMAT.md): its files, columns and vocabularies.
 * This file is the contract in code; keep it identical to FORMAT.md.
 */
export const packageFiles = [
  'dialogues.csv',
  'organizations.csv',
  'participants.csv',
  'ideas.csv',
  'votes.csv',
  'evaluations.csv',
] as const;
export type PackageFile = (typeof packageFiles)[number];

export const columnsOf: Record<PackageFile, { required: string[]; optional: string[] }> = {
  'dialogues.csv': {
    required: ['dialogue_id', 'region_code', 'title', 'date', 'dots_per_participant'],
    optional: ['max_dots_per_idea'],
  },
  'organizations.csv': { required: ['organization_id', 'name'], optional: ['kind', 'region_code'] },
  'participants.csv': {
    required: ['participant_id', 'dialogue_id'],
    optional: ['organization_id', 'sector', 'gender', 'age_band'],
  },
  'ideas.csv': {
    required: ['idea_id', 'dialogue_id', 'text'],
    optional: ['participant_id', 'table', 'merged_into'],
  },
  'votes.csv': { required: ['dialogue_id', 'idea_id', 'participant_id', 'dots'], optional: [] },
  'evaluations.csv': { required: ['dialogue_id', 'participant_id', 'rating'], optional: ['comment'] },
};

/** The column order Minga writes (readers must not depend on it). */
export function headerOf(file: PackageFile): string[] {
  return [...columnsOf[file].required, ...columnsOf[file].optional];
}

export const vocabularies = {
  kind: new Set<string>(organizationKinds),
  sector: new Set<string>(sectors),
  gender: new Set<string>(genders),
  age_band: new Set<string>(ageBands),
  rating: new Set<string>(ratings),
};
