import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { deviceTypes, ladderLevels } from '../../platform/vocabulary.js';
import { regionQuery } from '../actors/index.js';
import { deviceEndpoints } from './endpoints.js';
import { deviceParams, levelSchema, newDeviceSchema, newLevelSchema } from './schema.js';

export const addDeviceResponse = z.object({
  id: z.number(),
  regionCode: z.string(),
  type: z.enum(deviceTypes),
  name: z.string(),
  startedOn: z.string(),
  level: z.enum(ladderLevels),
  key: z.string(),
});

export const compareRegionsResponse = z.object({
  levels: z.array(levelSchema).readonly(),
  regions: z.array(
    z.object({
      regionCode: z.string(),
      name: z.string(),
      devices: z.number(),
      byLevel: z.record(z.string(), z.number()),
      highest: z.enum(ladderLevels).nullable(),
      averageRank: z.number().nullable(),
      rises: z.number(),
    }),
  ),
});

export const setDeviceLevelResponse = z.object({
  key: z.string(),
  source: z.enum(['dialogue', 'instance']),
  id: z.number(),
  regionCode: z.string(),
  type: z.string(),
  name: z.string(),
  startedOn: z.string(),
  level: z.string(),
  levelSince: z.string(),
  history: z.array(
    z.object({ level: z.string(), since: z.string(), note: z.string().nullable(), assumed: z.boolean() }),
  ),
});

export const devicesForResponse = z.object({ devices: z.array(setDeviceLevelResponse) });

export const deviceContract = contract(deviceEndpoints, {
  devicesFor: { query: regionQuery, response: devicesForResponse },
  addDevice: { body: newDeviceSchema, response: addDeviceResponse },
  compareRegions: { response: compareRegionsResponse },
  setDeviceLevel: { params: deviceParams, body: newLevelSchema, response: setDeviceLevelResponse },
});
