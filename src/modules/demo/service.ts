import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StaffActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { AppError, type Locale } from '../../platform/errors/index.js';
import { countDialogues, folderSource, importAsStaff } from '../datapackage/index.js';
import { demoShape, generateProcess } from './generator.js';

/** Generates the demo package and loads it through the importer; only into a store without dialogues. */
export async function loadDemo(ctx: Context, actor: StaffActor | null, locale: Locale) {
  if ((await countDialogues(ctx.db)) > 0) throw new AppError('demo_store_not_empty');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-demo-'));
  try {
    await generateProcess(folder, demoShape);
    return await importAsStaff(ctx, actor, folderSource(folder), locale);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
