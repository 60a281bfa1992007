import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uploadLimits } from '../../platform/files/limits.js';
import { readUpload } from '../../platform/files/upload.js';
import { route } from '../../platform/http/route.js';
import { baseUrlOf } from '../dialogues/index.js';
import { consultationContract as api } from './contract.js';
import { importPolis } from './polis-import.js';
import {
  addStatement,
  castVote,
  createConsultation,
  dialogueMaterial,
  exportVotes,
  getConsultation,
  joinConsultation,
  joinQrSvg,
  linkDialogue,
  listConsultations,
  moderateStatement,
  nextFor,
  opinionGroups,
  proposeStatement,
  seedFromDialogue,
  seedFromTheme,
  unlinkDialogue,
} from './service.js';

/** The phone's anonymous token for one consultation (from its join). */
export const CONSULTATION_HEADER = 'x-consultation-token';

const tokenOf = (request: FastifyRequest) => {
  const token = request.headers[CONSULTATION_HEADER];
  return typeof token === 'string' ? token : undefined;
};

export async function consultationRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['consultations'];

  route(app, {
    ...api.listConsultations,
    summary: 'Online consultations of the caller’s regions and the national ones',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => listConsultations(ctx, actor, query.region),
  });
  route(app, {
    ...api.createConsultation,
    summary:
      'Open an online consultation of a region (or the nation) with its question, period and seed statements',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return createConsultation(ctx, actor, body);
    },
  });
  route(app, {
    ...api.importPolis,
    summary:
      'A consultation made from a Pol.is export (multipart field "file": participants-votes.csv, or a .zip with it and comments.csv); a refused file stores nothing',
    tags,
    access: 'staff',
    handler: async ({ actor, query, request, reply }) => {
      const id = await importPolis(ctx, actor, query, () => readUpload(request, uploadLimits.polisBytes));
      reply.code(201);
      return getConsultation(ctx, actor, id);
    },
  });
  route(app, {
    ...api.getConsultation,
    summary: 'A consultation with its statements, their counts and moderation state',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => getConsultation(ctx, actor, params.id),
  });
  route(app, {
    ...api.addStatement,
    summary: 'Add a statement written by staff (published at once)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return addStatement(ctx, actor, params.id, body.text);
    },
  });
  route(app, {
    ...api.seedFromDialogue,
    summary: 'Add a dialogue’s top ideas (most dots) as statements',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return seedFromDialogue(ctx, actor, params.id, body.dialogueId, body.top);
    },
  });
  route(app, {
    ...api.seedFromTheme,
    summary: 'Add a synthesis theme’s top ideas (most dots) as statements, each linked to its idea',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return seedFromTheme(ctx, actor, params.id, body.themeId, body.top);
    },
  });
  route(app, {
    ...api.moderateStatement,
    summary: 'Publish or reject a participant’s statement (a rejection keeps its reason)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) =>
      moderateStatement(ctx, actor, params.id, params.statementId, body.decision, body.reason),
  });
  route(app, {
    ...api.opinionGroups,
    summary:
      'Opinion groups: map of participants, groups with their representative statements, consensus and division',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => opinionGroups(ctx, actor, params.id),
  });
  route(app, {
    ...api.exportVotes,
    summary: 'The consultation in Pol.is’s participants-votes.csv shape, anonymised',
    tags,
    access: 'staff',
    handler: async ({ actor, params, reply }) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="consulta-${params.id}-participants-votes.csv"`)
        .send(await exportVotes(ctx, actor, params.id)),
  });

  route(app, {
    ...api.linkDialogue,
    summary: 'Take the consultation to a dialogue as challenge material (what unites and divides its groups)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return linkDialogue(ctx, actor, params.id, body.dialogueId);
    },
  });
  route(app, {
    ...api.unlinkDialogue,
    summary: 'Remove the consultation from a dialogue’s challenge material',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => unlinkDialogue(ctx, actor, params.id, params.dialogueId),
  });
  route(app, {
    ...api.dialogueMaterial,
    summary:
      'A dialogue’s challenge material: consensus and divisive statements of the consultations taken to it',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => dialogueMaterial(ctx, actor, params.id),
  });
  route(app, {
    ...api.qr,
    summary: 'QR code (SVG) of the consultation’s join link, to project or print',
    tags,
    access: 'staff',
    handler: async ({ actor, params, request, reply }) =>
      reply.type('image/svg+xml').send(await joinQrSvg(ctx, actor, params.id, baseUrlOf(request))),
  });

  const rateLimit = { max: ctx.config.JOIN_RATE_LIMIT, timeWindow: '1 minute' };
  route(app, {
    ...api.joinConsultation,
    summary: 'Join a consultation from its link or QR, anonymously; answers a token for the phone',
    tags,
    access: 'public',
    rateLimit,
    handler: async ({ params, reply }) => {
      reply.code(201);
      return joinConsultation(ctx, params.key);
    },
  });
  route(app, {
    ...api.nextStatement,
    summary: 'The next statement for this phone (drawn by priority among those it has not voted on)',
    tags,
    access: 'public',
    handler: async ({ params, request }) => nextFor(ctx, params.key, tokenOf(request)),
  });
  route(app, {
    ...api.castVote,
    summary: 'Vote on a statement (de acuerdo / en desacuerdo / paso); a second vote replaces the first',
    tags,
    access: 'public',
    handler: async ({ params, body, request }) =>
      castVote(ctx, params.key, tokenOf(request), body.statementId, body.vote, body.clientKey),
  });
  route(app, {
    ...api.proposeStatement,
    summary: 'Propose a statement; it waits for moderation before anyone sees it',
    tags,
    access: 'public',
    rateLimit: { max: 10, timeWindow: '1 minute' },
    handler: async ({ params, body, request, reply }) => {
      reply.code(201);
      return proposeStatement(ctx, params.key, tokenOf(request), body.text, body.clientKey);
    },
  });
}
