import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam, route } from '../../platform/http/route.js';
import { regionQuery } from '../actors/index.js';
import {
  agreementStatusSchema,
  councilMemberParams,
  memberPatchSchema,
  newCouncilSchema,
  newMemberSchema,
  newSessionSchema,
  rulesSchema,
} from './schema.js';
import {
  addCouncil,
  addMember,
  changeMemberTerm,
  councilsFor,
  followUpAgreement,
  getCouncil,
  holdSession,
  setRules,
} from './service.js';

export async function councilRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['councils'];

  route(app, {
    method: 'GET',
    url: '/api/councils',
    summary: 'Regional councils of the caller’s regions, with composition warnings and overdue agreements',
    tags,
    access: 'staff',
    query: regionQuery,
    handler: async ({ actor, query }) => ({ councils: await councilsFor(ctx, actor, query.region) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/councils',
    summary: 'Create a regional council (also registered as a participation device)',
    tags,
    access: 'staff',
    body: newCouncilSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await addCouncil(ctx, actor, body)),
  });
  route(app, {
    method: 'GET',
    url: '/api/councils/:id',
    summary: 'One council: rules, members, warnings, sessions and agreements',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => getCouncil(ctx, actor, params.id),
  });
  route(app, {
    method: 'PUT',
    url: '/api/councils/:id/rules',
    summary: 'Set the composition rules: quorum, maximum share of one gender, minimum seats per estate',
    tags,
    access: 'staff',
    params: idParam,
    body: rulesSchema,
    handler: async ({ actor, params, body }) => setRules(ctx, actor, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/councils/:id/members',
    summary: 'Add a member for a term of office',
    tags,
    access: 'staff',
    params: idParam,
    body: newMemberSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await addMember(ctx, actor, params.id, body)),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/councils/:id/members/:memberId',
    summary: 'End or reopen a member’s term',
    tags,
    access: 'staff',
    params: councilMemberParams,
    body: memberPatchSchema,
    handler: async ({ actor, params, body }) =>
      changeMemberTerm(ctx, actor, params.id, params.memberId, body.termEnd),
  });
  route(app, {
    method: 'POST',
    url: '/api/councils/:id/sessions',
    summary:
      'Record a session: agenda, attendance, quorum, minutes, new agreements and follow-up of earlier ones',
    tags,
    access: 'staff',
    params: idParam,
    body: newSessionSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await holdSession(ctx, actor, params.id, body)),
  });
  route(app, {
    method: 'POST',
    url: '/api/council-agreements/:id/follow-ups',
    summary: 'Follow up an agreement between sessions',
    tags,
    access: 'staff',
    params: idParam,
    body: z.object({ status: agreementStatusSchema, note: z.string().trim().max(2000).optional() }),
    handler: async ({ actor, params, body }) => followUpAgreement(ctx, actor, params.id, body),
  });
}
