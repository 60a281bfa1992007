import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam, route } from '../../platform/http/route.js';
import { openDataZip, publishedDialogues, setPublished } from './service.js';

export async function openDataRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    method: 'GET',
    url: '/api/opendata',
    summary: 'Published dialogues (open data), without login',
    tags: ['opendata'],
    access: 'public',
    handler: async () => ({ dialogues: await publishedDialogues(ctx) }),
  });

  route(app, {
    method: 'GET',
    url: '/api/opendata/package.zip',
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
    method: 'PUT',
    url: '/api/opendata/dialogues/:id',
    summary: 'Publish or withdraw a closed dialogue as open data (national team)',
    tags: ['opendata'],
    access: 'staff',
    params: idParam,
    body: z.object({ published: z.boolean() }),
    handler: async ({ actor, params, body }) => setPublished(ctx, actor, params.id, body.published),
  });
}
