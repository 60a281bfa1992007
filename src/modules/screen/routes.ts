import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { baseUrlOf } from '../dialogues/index.js';
import { screenContract as api } from './contract.js';
import {
  getScreenLink,
  renewScreenLink,
  revokeScreenLink,
  screenQrSvg,
  screenState,
  screenStateByKey,
  setScreenView,
} from './service.js';

export async function screenRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['dialogues'];
  // The projector reloads after every event of the room; a wrong key is never guessed (service.ts).
  const rateLimit = { max: 1200, timeWindow: '1 minute' };

  route(app, {
    ...api.screen,
    summary: 'The projector screen: counts, ideas per table, ranking, evaluation',
    tags,
    access: 'staff',
    handler: async ({ actor, params, request }) => screenState(ctx, actor, params.id, baseUrlOf(request)),
  });

  route(app, {
    ...api.link,
    summary: 'The dialogue’s screen link (its secret), if it has one',
    tags,
    access: 'staff',
    handler: async ({ actor, params, request }) => getScreenLink(ctx, actor, params.id, baseUrlOf(request)),
  });

  route(app, {
    ...api.renewLink,
    summary: 'A new screen link for the projector; the previous one stops working',
    tags,
    access: 'staff',
    handler: async ({ actor, params, request }) => renewScreenLink(ctx, actor, params.id, baseUrlOf(request)),
  });

  route(app, {
    ...api.revokeLink,
    summary: 'Revoke the screen link: it and the projectors opened with it stop at once',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => revokeScreenLink(ctx, actor, params.id),
  });

  route(app, {
    ...api.setView,
    summary: 'What the projector shows: ranking hidden during voting, a spotlight idea, a countdown',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => setScreenView(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.byKey,
    summary: 'The projector screen opened with the dialogue’s screen link (read-only, no staff session)',
    tags,
    access: 'public',
    rateLimit,
    handler: async ({ params, request }) => screenStateByKey(ctx, params.key, baseUrlOf(request)),
  });

  route(app, {
    ...api.qrByKey,
    summary: 'QR code (SVG) of the join link, for the projector opened with the screen link',
    tags,
    access: 'public',
    rateLimit,
    handler: async ({ params, request, reply }) =>
      reply.type('image/svg+xml').send(await screenQrSvg(ctx, params.key, baseUrlOf(request))),
  });
}
