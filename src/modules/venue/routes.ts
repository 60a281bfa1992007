import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors/index.js';
import { uploadLimits } from '../../platform/files/limits.js';
import { readUpload } from '../../platform/files/upload.js';
import { route } from '../../platform/http/route.js';
import { venueContract as api } from './contract.js';
import { importExport } from './importer.js';
import { staffCount } from './queries.js';
import { checkoutDialogue, openCheckout } from './service.js';

export async function venueRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['venue'];

  route(app, {
    ...api.checkout,
    summary: 'Take a dialogue out to a laptop: the signed checkout file (managers of its region)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, reply }) => {
      const file = await checkoutDialogue(ctx, actor, params.id);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.text);
    },
  });

  route(app, {
    ...api.importExport,
    summary: 'Bring a dialogue home: import a laptop’s export, all or nothing (managers of its region)',
    tags,
    access: 'staff',
    handler: async ({ actor, request, reply }) => {
      // Facilitators never import; a manager's region is checked against the file's checkout.
      if (actor.role === 'facilitator') throw new AppError('forbidden');
      const { bytes } = await readUpload(request, uploadLimits.venueBytes);
      const summary = await importExport(ctx, actor, new Uint8Array(bytes), request.locale);
      reply.code(summary.alreadyImported ? 200 : 201);
      return summary;
    },
  });

  route(app, {
    ...api.openCheckout,
    summary: 'On an empty store (the laptop’s first screen): open a checkout file',
    tags,
    access: 'public',
    rateLimit: { max: 20, timeWindow: '1 minute' },
    handler: async ({ request, reply }) => {
      // Only an installation without accounts takes a file from anyone: checked before reading it.
      if ((await staffCount(ctx.db)) > 0) throw new AppError('venue_store_in_use');
      const { bytes } = await readUpload(request, uploadLimits.venueBytes);
      const opened = await openCheckout(ctx, new Uint8Array(bytes), request.locale, { emptyOnly: true });
      reply.code(opened.alreadyOpened ? 200 : 201);
      return opened;
    },
  });
}
