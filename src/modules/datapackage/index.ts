/**
 * The data package: export and import of the results (dialogues, tables, participants, ideas, votes,
 * evaluations, organizations) as CSV files. A read-model over those features' tables; its import
 * also writes them, through the bulk sink in queries.ts, whose table names are given at run time (so
 * only `votes` shows up below as a write).
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'dialogue_tables',
  'dialogues',
  'evaluations',
  'ideas',
  'organizations',
  'participants',
  'regions',
] as const satisfies ReadonlyArray<keyof Database>;
/** Other modules' tables this module changes. */
export const writes = ['votes'] as const satisfies ReadonlyArray<keyof Database>;

export { CsvFileWriter } from './csv.js';
export { exportPackage } from './exporter.js';
export type { PackageFile } from './format.js';
export { ageBands, headerOf, packageFiles, sectors } from './format.js';
export { formatProblem, importPackage, PackageRefused } from './importer.js';
export { problemText } from './messages.js';
export { countDialogues } from './queries.js';
export { dataPackageRoutes } from './routes.js';
export { exportZip, importAsStaff } from './service.js';
export { folderSource } from './source.js';
