import { z } from 'zod';
import { urlId } from '../../platform/http/input.js';
import { deviceTypes, ladderLevels } from '../../platform/vocabulary.js';
import { isoDateSchema } from '../actors/index.js';
import { regionCodeSchema } from '../staff/index.js';

/** The participation ladder, lowest to highest. */
export type LadderLevel = (typeof ladderLevels)[number];
export const levelRank = (level: string) => ladderLevels.indexOf(level as LadderLevel) + 1;

/** A dialogue nobody has placed yet consults citizens (ideas, then dots): its level from its date. */
export const DIALOGUE_DEFAULT_LEVEL: LadderLevel = 'consultar';

export const deviceTypeSchema = z.enum(deviceTypes);
export const levelSchema = z.enum(ladderLevels);

export const newDeviceSchema = z.object({
  regionCode: regionCodeSchema,
  type: deviceTypeSchema,
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).optional(),
  startedOn: isoDateSchema,
  level: levelSchema,
});
export type NewDevice = z.infer<typeof newDeviceSchema>;

export const newLevelSchema = z.object({
  level: levelSchema,
  since: isoDateSchema,
  note: z.string().trim().max(1000).optional(),
});
export type NewLevel = z.infer<typeof newLevelSchema>;

export const deviceParams = z.object({
  source: z.enum(['instance', 'dialogue']),
  id: urlId,
});

export { deviceTypes, ladderLevels };
