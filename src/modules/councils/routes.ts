import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { councilContract as api } from './contract.js';
import {
  addCouncil,
  addMember,
  changeMemberTerm,
  councilsFor,
  followUpAgreement,
  getCouncil,
  holdSession,
  publicCouncil,
  publicCouncils,
  publishCouncil,
  setRules,
} from './service.js';

export async function councilRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['councils'];

  route(app, {
    ...api.councilsFor,
    summary: 'Regional councils of the caller’s regions, with composition warnings and overdue agreements',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => ({ councils: await councilsFor(ctx, actor, query.region) }),
  });
  route(app, {
    ...api.addCouncil,
    summary: 'Create a regional council (also registered as a participation device)',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return addCouncil(ctx, actor, body);
    },
  });
  route(app, {
    ...api.getCouncil,
    summary: 'One council: rules, members, warnings, sessions and agreements',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => getCouncil(ctx, actor, params.id),
  });
  route(app, {
    ...api.setRules,
    summary: 'Set the composition rules: quorum, maximum share of one gender, minimum seats per estate',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => setRules(ctx, actor, params.id, body),
  });
  route(app, {
    ...api.addMember,
    summary: 'Add a member for a term of office',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return addMember(ctx, actor, params.id, body);
    },
  });
  route(app, {
    ...api.changeMemberTerm,
    summary: 'End or reopen a member’s term',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) =>
      changeMemberTerm(ctx, actor, params.id, params.memberId, body.termEnd),
  });
  route(app, {
    ...api.holdSession,
    summary:
      'Record a session: agenda, attendance, quorum, minutes, new agreements and follow-up of earlier ones',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return holdSession(ctx, actor, params.id, body);
    },
  });
  route(app, {
    ...api.followUpAgreement,
    summary: 'Follow up an agreement between sessions',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => followUpAgreement(ctx, actor, params.id, body),
  });
  route(app, {
    ...api.publishCouncil,
    summary:
      'Publish a council’s page (or withdraw it): members by estate, sessions with minutes, agreements',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => publishCouncil(ctx, actor, params.id, body.published),
  });
  route(app, {
    ...api.publicCouncils,
    summary: 'The published councils, by region (public)',
    tags,
    access: 'public',
    handler: async ({ query }) => publicCouncils(ctx, query.region),
  });
  route(app, {
    ...api.publicCouncil,
    summary:
      'A published council: members in office by estate, sessions with minutes, agreements with follow-up (public)',
    tags,
    access: 'public',
    handler: async ({ params }) => publicCouncil(ctx, params.id),
  });
}
