import { z } from 'zod';
import { dbId, urlInt } from '../../platform/http/input.js';
import { regionCodeSchema } from '../staff/index.js';

const isoDate = z.iso.date();
const shortText = (max: number) => z.string().trim().min(1).max(max);

export const dialogueStatusSchema = z.enum(['draft', 'open', 'live', 'closed']);
export const dialoguePhaseSchema = z.enum(['ideation', 'voting', 'evaluation']);

const dialogueFields = {
  regionCode: regionCodeSchema,
  title: shortText(200),
  date: isoDate,
  venue: z.string().trim().max(200).nullish(),
  agenda: z.string().trim().max(4000).nullish(),
  dotsPerParticipant: z.number().int().min(1).max(100),
  maxDotsPerIdea: z.number().int().min(1).max(100).optional(),
  questions: z.array(shortText(500)).max(20),
  tables: z.array(shortText(100)).max(100),
};

export const newDialogueSchema = z.object({
  ...dialogueFields,
  questions: dialogueFields.questions.min(1),
  tables: dialogueFields.tables.min(1),
});
export type NewDialogue = z.infer<typeof newDialogueSchema>;

export const dialoguePatchSchema = z.object({
  regionCode: dialogueFields.regionCode.optional(),
  title: dialogueFields.title.optional(),
  date: dialogueFields.date.optional(),
  venue: dialogueFields.venue,
  agenda: dialogueFields.agenda,
  dotsPerParticipant: dialogueFields.dotsPerParticipant.optional(),
  maxDotsPerIdea: dialogueFields.maxDotsPerIdea,
  questions: dialogueFields.questions.min(1).optional(),
  tables: dialogueFields.tables.min(1).optional(),
});
export type DialoguePatch = z.infer<typeof dialoguePatchSchema>;

export const dialogueListQuery = z.object({
  region: regionCodeSchema.optional(),
  status: dialogueStatusSchema.optional(),
  q: z.string().trim().max(200).optional(),
  page: urlInt(1, 10000).default(1),
  pageSize: urlInt(1, 100).default(20),
});
export type DialogueListQuery = z.infer<typeof dialogueListQuery>;

export const statusChangeSchema = z.object({ status: z.enum(['open', 'live', 'closed']) });
export const phaseChangeSchema = z.object({ phase: dialoguePhaseSchema });
export const facilitatorsSchema = z.object({ userIds: z.array(dbId).max(50) });
/** A join code as typed: spaces and hyphens between its groups are ignored, and so is case. */
export const joinCodeParam = z.object({
  code: z
    .string()
    .trim()
    .max(40)
    .transform((code) => code.replace(/[\s-]/g, '').toUpperCase())
    .pipe(z.string().min(1).max(20)),
});
