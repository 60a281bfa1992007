import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam, route } from '../../platform/http/route.js';
import { regionCodeSchema } from '../staff/index.js';
import {
  actorListQuery,
  actorPatchSchema,
  newActorSchema,
  newOrganizationSchema,
  placementSchema,
  regionQuery,
} from './schema.js';
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
    method: 'GET',
    url: '/api/actors/organizations',
    summary: 'Organisations of the shared registry the caller sees (their regions and national ones)',
    tags,
    access: 'staff',
    query: regionQuery,
    handler: async ({ actor, query }) => ({
      organizations: await organizationsFor(ctx, actor, query.region),
    }),
  });

  route(app, {
    method: 'POST',
    url: '/api/actors/organizations',
    summary: 'Add an organisation to the shared registry (one organisation, one record everywhere)',
    tags,
    access: 'staff',
    body: newOrganizationSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await addOrganization(ctx, actor, body)),
  });

  route(app, {
    method: 'GET',
    url: '/api/actors',
    summary: 'Actors of the caller’s regions; notHeard=1 keeps those not yet interviewed',
    tags,
    access: 'staff',
    query: actorListQuery,
    handler: async ({ actor, query }) => ({
      actors: await actorsFor(ctx, actor, query.region, query.notHeard),
    }),
  });

  route(app, {
    method: 'POST',
    url: '/api/actors',
    summary: 'Register an actor (person) in a region the caller manages',
    tags,
    access: 'staff',
    body: newActorSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await addActor(ctx, actor, body)),
  });

  route(app, {
    method: 'GET',
    url: '/api/actors/:id',
    summary: 'One actor, with contact data',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => getActor(ctx, actor, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/actors/:id',
    summary: 'Change an actor',
    tags,
    access: 'staff',
    params: idParam,
    body: actorPatchSchema,
    handler: async ({ actor, params, body }) => changeActor(ctx, actor, params.id, body),
  });

  route(app, {
    method: 'PUT',
    url: '/api/actors/:id/placement',
    summary: 'Place an actor on the stakeholder map (influence and interest, 1–5)',
    tags,
    access: 'staff',
    params: idParam,
    body: placementSchema,
    handler: async ({ actor, params, body }) =>
      placeActor(ctx, actor, params.id, body.influence, body.interest),
  });

  route(app, {
    method: 'GET',
    url: '/api/stakeholder-map/:region',
    summary: 'The stakeholder map of a region',
    tags,
    access: 'staff',
    params: z.object({ region: regionCodeSchema }),
    handler: async ({ actor, params }) => {
      return stakeholderMap(ctx, actor, params.region);
    },
  });
}
