import type { FastifyInstance } from 'fastify';
import { requireNational } from '../../platform/auth/policy.js';
import { uploadLimits } from '../../platform/files/limits.js';
import { readUpload } from '../../platform/files/upload.js';
import { route } from '../../platform/http/route.js';
import { dialoguesRunBy, listScopedDialogues } from '../reports/index.js';
import { exportZip, importZip } from './service.js';

export async function dataPackageRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    method: 'POST',
    url: '/api/datapackage/import',
    summary:
      'Import a Minga data package (.zip of the CSV files of FORMAT.md), all or nothing (national team)',
    tags: ['results'],
    access: 'staff',
    handler: async ({ actor, request, reply }) => {
      requireNational(actor);
      const { bytes } = await readUpload(request, uploadLimits.packageBytes);
      const summary = await importZip(ctx, actor, new Uint8Array(bytes), request.locale);
      return reply.code(201).send(summary);
    },
  });

  route(app, {
    method: 'GET',
    url: '/api/datapackage/export.zip',
    summary: 'The data package of every dialogue the caller sees, as a .zip',
    tags: ['results'],
    access: 'staff',
    handler: async ({ actor, reply }) => {
      const run = actor.role === 'facilitator' ? new Set(await dialoguesRunBy(ctx.db, actor.id)) : null;
      const dialogues = (await listScopedDialogues(ctx.db, actor.regions)).filter(
        (dialogue) => !run || run.has(dialogue.id),
      );
      const zip = await exportZip(ctx, { dialogueIds: dialogues.map((dialogue) => dialogue.id) });
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', 'attachment; filename="minga-paquete.zip"')
        .send(Buffer.from(zip));
    },
  });
}
