import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { regionQuery } from '../actors/index.js';
import { deviceParams, newDeviceSchema, newLevelSchema } from './schema.js';
import { addDevice, compareRegions, devicesFor, setDeviceLevel } from './service.js';

export async function deviceRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['devices'];

  route(app, {
    method: 'GET',
    url: '/api/devices',
    summary:
      'Participation devices of the caller’s regions (registered instances and every dialogue), with their ladder history',
    tags,
    access: 'staff',
    query: regionQuery,
    handler: async ({ actor, query }) => devicesFor(ctx, actor, query.region),
  });
  route(app, {
    method: 'POST',
    url: '/api/devices',
    summary: 'Register a participation device in a region, with its first ladder level',
    tags,
    access: 'staff',
    body: newDeviceSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await addDevice(ctx, actor, body)),
  });
  route(app, {
    method: 'GET',
    url: '/api/devices/comparison',
    summary: 'Regions compared: devices per ladder level, highest level and rises',
    tags,
    access: 'staff',
    handler: async ({ actor }) => compareRegions(ctx, actor),
  });
  route(app, {
    method: 'POST',
    url: '/api/devices/:source/:id/levels',
    summary: 'Place a device (instance or dialogue) on a ladder level from a date',
    tags,
    access: 'staff',
    params: deviceParams,
    body: newLevelSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await setDeviceLevel(ctx, actor, params.source, params.id, body)),
  });
}
