import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { openDataContract as api } from './contract.js';
import { openDataZip, publishedDialogues, setPublished } from './service.js';

export async function openDataRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    ...api.publishedDialogues,
    summary: 'Published dialogues (open data), without login',
    tags: ['opendata'],
    access: 'public',
    handler: async () => ({ dialogues: await publishedDialogues(ctx) }),
  });

  route(app, {
    ...api.openDataZip,
    summary: 'The pseudonymised data package of every published dialogue, without login',
    tags: ['opendata'],
    access: 'public',
    handler: async ({ reply }) =>
      reply
        .header('content-type', 'application/zip')
        .header('content-disposition', 'attachment; filename="minga-datos-abiertos.zip"')
        .send(Buffer.from(await openDataZip(ctx))),
  });

  route(app, {
    ...api.setPublished,
    summary: 'Publish or withdraw a closed dialogue as open data (national team)',
    tags: ['opendata'],
    access: 'staff',
    handler: async ({ actor, params, body }) => setPublished(ctx, actor, params.id, body.published),
  });
}
