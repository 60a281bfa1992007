import type { FastifyInstance, FastifyRequest } from 'fastify';
import { idParam, route } from '../../platform/http/route.js';
import {
  dialogueListQuery,
  dialoguePatchSchema,
  facilitatorsSchema,
  newDialogueSchema,
  phaseChangeSchema,
  statusChangeSchema,
} from './schema.js';
import {
  changePhase,
  changeStatus,
  createDialogue,
  getDialogue,
  joinQrSvg,
  listDialoguesFor,
  setFacilitators,
  updateDialogueSettings,
} from './service.js';

/** The base of join links: PUBLIC_URL, else the host the request came to (the laptop in the room). */
export function baseUrlOf(request: FastifyRequest): string {
  return request.server.ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`;
}

export async function dialogueRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['dialogues'];

  route(app, {
    method: 'GET',
    url: '/api/dialogues',
    summary: 'Dialogues the caller may see, filtered and paged',
    tags,
    access: 'staff',
    query: dialogueListQuery,
    handler: async ({ actor, query, request }) => listDialoguesFor(ctx, actor, query, baseUrlOf(request)),
  });

  route(app, {
    method: 'POST',
    url: '/api/dialogues',
    summary: 'Create a dialogue (draft) with its questions and tables',
    tags,
    access: 'staff',
    body: newDialogueSchema,
    handler: async ({ actor, body, request, reply }) =>
      reply.code(201).send(await createDialogue(ctx, actor, body, baseUrlOf(request))),
  });

  route(app, {
    method: 'GET',
    url: '/api/dialogues/:id',
    summary: 'One dialogue with questions, tables, facilitators and counts',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params, request }) => getDialogue(ctx, actor, params.id, baseUrlOf(request)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/dialogues/:id',
    summary: 'Change settings; dots settings are refused (409) once voting has started',
    tags,
    access: 'staff',
    params: idParam,
    body: dialoguePatchSchema,
    handler: async ({ actor, params, body, request }) =>
      updateDialogueSettings(ctx, actor, params.id, body, baseUrlOf(request)),
  });

  route(app, {
    method: 'POST',
    url: '/api/dialogues/:id/status',
    summary: 'Move the dialogue one step: draft → open → live → closed',
    tags,
    access: 'staff',
    params: idParam,
    body: statusChangeSchema,
    handler: async ({ actor, params, body, request }) =>
      changeStatus(ctx, actor, params.id, body.status, baseUrlOf(request)),
  });

  route(app, {
    method: 'POST',
    url: '/api/dialogues/:id/phase',
    summary: 'While live, move one phase forward or back: ideation ↔ voting ↔ evaluation',
    tags,
    access: 'staff',
    params: idParam,
    body: phaseChangeSchema,
    handler: async ({ actor, params, body, request }) =>
      changePhase(ctx, actor, params.id, body.phase, baseUrlOf(request)),
  });

  route(app, {
    method: 'PUT',
    url: '/api/dialogues/:id/facilitators',
    summary: 'Assign the facilitators who run the dialogue',
    tags,
    access: 'staff',
    params: idParam,
    body: facilitatorsSchema,
    handler: async ({ actor, params, body, request }) =>
      setFacilitators(ctx, actor, params.id, body.userIds, baseUrlOf(request)),
  });

  route(app, {
    method: 'GET',
    url: '/api/dialogues/:id/qr.svg',
    summary: 'QR code (SVG) of the join link',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params, request, reply }) =>
      reply.type('image/svg+xml').send(await joinQrSvg(ctx, actor, params.id, baseUrlOf(request))),
  });
}
