import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real data sets beside the checkout (../shared/data: regions, Pol.is conversations, Decide
 * Madrid). Tests may read them but never copy them into the project; where the folder is absent
 * (a user's machine) such tests skip with a message.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDataDir = process.env.MINGA_SHARED_DATA ?? path.resolve(repoRoot, '../shared/data');

export function sharedDataAvailable(): boolean {
  if (fs.existsSync(path.join(sharedDataDir, 'regions.csv'))) return true;
  console.warn(`[minga] ${sharedDataDir} no existe; se omiten las pruebas con datos reales.`);
  return false;
}
