import type { FastifyInstance, FastifyRequest } from 'fastify';
import { joinAddressesOf } from '../../platform/http/lan.js';
import { route } from '../../platform/http/route.js';
import { dialogueContract as api } from './contract.js';
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

/**
 * The base of join links: PUBLIC_URL, else the laptop's address on the room's network when the
 * page was opened on localhost, else the host the request came to (platform/http/lan.ts).
 */
export function baseUrlOf(request: FastifyRequest): string {
  return joinAddressesOf(request).baseUrl;
}

export async function dialogueRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['dialogues'];

  route(app, {
    ...api.list,
    summary: 'Dialogues the caller may see, filtered and paged',
    tags,
    access: 'staff',
    handler: async ({ actor, query, request }) => listDialoguesFor(ctx, actor, query, baseUrlOf(request)),
  });

  route(app, {
    ...api.joinAddresses,
    summary: 'Where phones join: the base of join links and, on localhost, the LAN addresses to choose from',
    tags,
    access: 'staff',
    handler: async ({ request }) => joinAddressesOf(request),
  });

  route(app, {
    ...api.create,
    summary: 'Create a dialogue (draft) with its questions and tables',
    tags,
    access: 'staff',
    handler: async ({ actor, body, request, reply }) => {
      reply.code(201);
      return createDialogue(ctx, actor, body, baseUrlOf(request));
    },
  });

  route(app, {
    ...api.get,
    summary: 'One dialogue with questions, tables, facilitators and counts',
    tags,
    access: 'staff',
    handler: async ({ actor, params, request }) => getDialogue(ctx, actor, params.id, baseUrlOf(request)),
  });

  route(app, {
    ...api.update,
    summary: 'Change settings; dots settings are refused (409) once voting has started',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, request }) =>
      updateDialogueSettings(ctx, actor, params.id, body, baseUrlOf(request)),
  });

  route(app, {
    ...api.status,
    summary: 'Move the dialogue one step: draft → open → live → closed',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, request }) =>
      changeStatus(ctx, actor, params.id, body.status, baseUrlOf(request)),
  });

  route(app, {
    ...api.phase,
    summary: 'While live, move one phase forward or back: ideation ↔ voting ↔ evaluation',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, request }) =>
      changePhase(ctx, actor, params.id, body.phase, baseUrlOf(request)),
  });

  route(app, {
    ...api.facilitators,
    summary: 'Assign the facilitators who run the dialogue',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, request }) =>
      setFacilitators(ctx, actor, params.id, body.userIds, baseUrlOf(request)),
  });

  route(app, {
    ...api.qr,
    summary: 'QR code (SVG) of the join link',
    tags,
    access: 'staff',
    handler: async ({ actor, params, request, reply }) =>
      reply.type('image/svg+xml').send(await joinQrSvg(ctx, actor, params.id, baseUrlOf(request))),
  });
}
