// Portfolio figures: a bulk progress update of 1,000 initiatives from CSV (dry run, then applied)
// on a fresh SQLite store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeContext, createContext } from '../src/modules/boot.js';
import { createCycle } from '../src/modules/cycles/service.js';
import { carryOverInitiatives } from '../src/modules/initiatives/carry-over.js';
import { importProgress } from '../src/modules/initiatives/progress-import.js';
import { createInitiative } from '../src/modules/initiatives/service.js';
import { regionCodes } from '../src/modules/regions/service.js';
import { addStaff } from '../src/modules/staff/service.js';
import type { StaffActor } from '../src/platform/auth/actor.js';
import { loadConfig } from '../src/platform/config.js';
import { calendar } from '../src/test/participation.js';

export async function run(log: (line: string) => void) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-'));
  const ctx = await createContext(loadConfig({ MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    const user = await addStaff(ctx, null, {
      email: 'bench@minga.test',
      name: 'Bench',
      password: 'contraseña-larga',
      role: 'national',
      regions: [],
      locale: 'es',
    });
    const actor: StaffActor = {
      kind: 'staff',
      id: user.id,
      email: user.email,
      name: user.name,
      role: 'national',
      regions: [...regionCodes],
      locale: 'es',
      sessionId: '',
      csrfToken: '',
    };
    const cycle = await createCycle(
      ctx,
      actor,
      {
        year: 2030,
        requiresSource: false,
        feedbackEveryMonths: 3,
        phases: calendar(2030) as never,
      },
      carryOverInitiatives,
    );
    const count = 1_000;
    const ids: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const created = await createInitiative(ctx, actor, {
        cycleId: cycle.id,
        regionCode: regionCodes[index % regionCodes.length],
        title: `Iniciativa ${index}`,
        responsibleUnit: 'Unidad',
        budgetPesos: 1_000_000,
        sources: [],
        milestones: [],
      });
      ids.push(created.id);
    }
    log(`${count} iniciativas creadas`);
    const csv = `initiative_id,status,progress_percent,note\n${ids.map((id) => `${id},en_ejecucion,35,avance trimestral`).join('\n')}\n`;
    let started = performance.now();
    const dry = await importProgress(ctx, actor, 'avance.csv', Buffer.from(csv), true);
    const dryMs = performance.now() - started;
    started = performance.now();
    const applied = await importProgress(ctx, actor, 'avance.csv', Buffer.from(csv), false);
    const applyMs = performance.now() - started;
    return {
      cycle_bulk_rows: dry.changes.length,
      cycle_bulk_dry_run_ms: Math.round(dryMs),
      cycle_bulk_apply_ms: Math.round(applyMs),
      cycle_bulk_applied: applied.applied,
    };
  } finally {
    await closeContext(ctx);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
