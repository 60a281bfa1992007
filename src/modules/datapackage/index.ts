/** The datapackage module's door: everything other modules, the registry, the CLI and the server use. */

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
