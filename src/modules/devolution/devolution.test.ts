import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { now } from '../../platform/db/index.js';
import { seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

describe.each(storeKinds)('the public return shows the themes of an idea on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  it('names the synthesis theme an idea is part of, and only active ones', async () => {
    const db = server.ctx.db;
    const seeded = await seedDialogue(db, {
      regionCode: 'CL-AR',
      title: 'Diálogo Araucanía',
      date: '2026-10-01',
      ideas: [
        { text: 'Cursos de turismo rural en mapudungun' },
        { text: 'Capacitación en riego tecnificado' },
      ],
    });
    const at = now();
    const theme = (label: string, status: 'active' | 'retired') =>
      db
        .insertInto('synthesis_themes')
        .values({
          scope: 'CL-AR',
          label,
          keywords_json: '[]',
          kept: 0,
          label_locked: 0,
          status,
          merged_into_id: null,
          run_id: null,
          created_at: at,
          updated_at: at,
          // The public return names only themes that staff published.
          published_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const tourism = await theme('Turismo rural y pueblos originarios', 'active');
    const old = await theme('Tema antiguo', 'retired');
    await db
      .insertInto('synthesis_assignments')
      .values([
        { scope: 'CL-AR', idea_id: seeded.ideaIds[0], theme_id: tourism.id, pinned: 0, updated_at: at },
        { scope: 'CL', idea_id: seeded.ideaIds[0], theme_id: old.id, pinned: 0, updated_at: at },
      ])
      .execute();
    const visitor = server.client();
    const idea = await visitor.get<{ themes: Array<{ id: number; label: string }> }>(
      `/api/public/devolucion/ideas/${seeded.ideaIds[0]}`,
    );
    expect(idea.status).toBe(200);
    expect(idea.body.themes).toEqual([{ id: tourism.id, label: 'Turismo rural y pueblos originarios' }]);
    const other = await visitor.get<{ themes: unknown[] }>(
      `/api/public/devolucion/ideas/${seeded.ideaIds[1]}`,
    );
    expect(other.body.themes).toEqual([]);
  });
});
