import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { deviceContract as api } from './contract.js';
import { addDevice, compareRegions, devicesFor, setDeviceLevel } from './service.js';

export async function deviceRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['devices'];

  route(app, {
    ...api.devicesFor,
    summary:
      'Participation devices of the caller’s regions (registered instances and every dialogue), with their ladder history',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => devicesFor(ctx, actor, query.region),
  });
  route(app, {
    ...api.addDevice,
    summary: 'Register a participation device in a region, with its first ladder level',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return addDevice(ctx, actor, body);
    },
  });
  route(app, {
    ...api.compareRegions,
    summary: 'Regions compared: devices per ladder level, highest level and rises',
    tags,
    access: 'staff',
    handler: async ({ actor }) => compareRegions(ctx, actor),
  });
  route(app, {
    ...api.setDeviceLevel,
    summary: 'Place a device (instance or dialogue) on a ladder level from a date',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return setDeviceLevel(ctx, actor, params.source, params.id, body);
    },
  });
}
