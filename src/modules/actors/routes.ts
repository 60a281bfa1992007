import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { actorContract as api } from './contract.js';
import {
  actorsFor,
  addActor,
  addOrganization,
  changeActor,
  getActor,
  organizationsFor,
  placeActor,
  stakeholderMap,
} from './service.js';

export async function actorRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['actors'];

  route(app, {
    ...api.organizationsFor,
    summary: 'Organisations of the shared registry the caller sees (their regions and national ones)',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => ({
      organizations: await organizationsFor(ctx, actor, query.region),
    }),
  });

  route(app, {
    ...api.addOrganization,
    summary: 'Add an organisation to the shared registry (one organisation, one record everywhere)',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return addOrganization(ctx, actor, body);
    },
  });

  route(app, {
    ...api.actorsFor,
    summary: 'Actors of the caller’s regions; notHeard=1 keeps those not yet interviewed',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => ({
      actors: await actorsFor(ctx, actor, query.region, query.notHeard),
    }),
  });

  route(app, {
    ...api.addActor,
    summary: 'Register an actor (person) in a region the caller manages',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return addActor(ctx, actor, body);
    },
  });

  route(app, {
    ...api.getActor,
    summary: 'One actor, with contact data',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => getActor(ctx, actor, params.id),
  });

  route(app, {
    ...api.changeActor,
    summary: 'Change an actor',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => changeActor(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.placeActor,
    summary: 'Place an actor on the stakeholder map (influence and interest, 1–5)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) =>
      placeActor(ctx, actor, params.id, body.influence, body.interest),
  });

  route(app, {
    ...api.stakeholderMap,
    summary: 'The stakeholder map of a region',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => {
      return stakeholderMap(ctx, actor, params.region);
    },
  });
}
