import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { StaffActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { AppError, isAppError, type Locale } from '../../platform/errors/index.js';
import { type ExportOptions, exportPackage } from './exporter.js';
import { packageFiles } from './format.js';
import { type ImportOptions, type ImportSummary, importPackage, PackageRefused } from './importer.js';
import { type PackageSource, zipSource } from './source.js';

/** Imports a package from any source; a refusal becomes an AppError listing `file:line: column` issues. */
export async function importAsStaff(
  ctx: Context,
  actor: StaffActor | null,
  source: PackageSource,
  locale: Locale,
  options: Omit<ImportOptions, 'locale'> = {},
): Promise<ImportSummary> {
  try {
    return await importPackage(ctx, source, {
      ...options,
      locale,
      actor,
      afterStore: async (change, summary) => {
        await change.audit({
          action: 'package.import',
          entity: 'package',
          entityId: summary.dialogueIds.join(',') || '-',
          after: { ...summary, dialogueIds: summary.dialogueIds.length },
        });
      },
    });
  } catch (error) {
    if (error instanceof PackageRefused) {
      throw new AppError(
        'package_refused',
        { count: error.total },
        error.problems.map((problem) => ({
          path: `${problem.file}:${problem.line}: ${problem.column}`,
          message: problem.message,
        })),
      );
    }
    throw error;
  }
}

/** Imports the package inside a .zip sent to the back office. */
export async function importZip(ctx: Context, actor: StaffActor, zip: Uint8Array, locale: Locale) {
  let source: PackageSource;
  try {
    source = zipSource(zip);
  } catch (error) {
    // A limit crossed while unpacking says which one; anything else is not a zip we can read.
    if (isAppError(error) && error.code !== 'zip_unreadable') throw error;
    throw new AppError('package_not_zip');
  }
  return importAsStaff(ctx, actor, source, locale);
}

/** The package of the given dialogues (all when absent) as the bytes of a .zip. */
export async function exportZip(
  ctx: Context,
  options: ExportOptions = {},
  /** Files added to the zip beside the package's own (open data's aggregates); the package is unchanged. */
  extraFiles: Record<string, Uint8Array> = {},
): Promise<Uint8Array> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-export-'));
  try {
    await exportPackage(ctx, folder, options);
    const files: Record<string, Uint8Array> = {};
    for (const file of packageFiles) files[file] = fs.readFileSync(path.join(folder, file));
    return zipSync({ ...files, ...extraFiles }, { level: 6 });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
