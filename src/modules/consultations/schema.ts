import { z } from 'zod';
import { clientKey, dbId, urlId } from '../../platform/http/input.js';
import { regionCodeSchema } from '../staff/index.js';

export const statementOrigins = ['staff', 'dialogue', 'participant', 'polis'] as const;
export const statementStatuses = ['shown', 'pending', 'rejected'] as const;
export type StatementStatus = (typeof statementStatuses)[number];

/** Pol.is keeps statements short; so does Minga: one idea a person can judge in a glance. */
export const maxStatementLength = 280;

export const statementText = z.string().trim().min(3).max(maxStatementLength);
export const consultationLevels = ['consultar', 'involucrar'] as const;

export const newConsultationSchema = z
  .object({
    /** null: a national consultation. */
    regionCode: regionCodeSchema.nullable(),
    question: z.string().trim().min(5).max(500),
    level: z.enum(consultationLevels).default('consultar'),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    statements: z.array(statementText).max(200).default([]),
  })
  .refine((value) => Date.parse(value.closesAt) > Date.parse(value.opensAt), {
    path: ['closesAt'],
    message: 'closesAt debe ser posterior a opensAt',
  });
export type NewConsultation = z.infer<typeof newConsultationSchema>;

/** A consultation made from a Pol.is export: what the file does not say, in the query string. */
export const polisImportQuery = z
  .object({
    /** Absent: a national consultation. */
    regionCode: regionCodeSchema.optional(),
    question: z.string().trim().min(5).max(500),
    level: z.enum(consultationLevels).default('consultar'),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
  })
  .refine((value) => Date.parse(value.closesAt) > Date.parse(value.opensAt), {
    path: ['closesAt'],
    message: 'closesAt debe ser posterior a opensAt',
  });
export type PolisImportQuery = z.infer<typeof polisImportQuery>;

export const consultationQuery = z.object({ region: regionCodeSchema.optional() });
export const consultationParams = z.object({ id: urlId });
export const statementParams = z.object({ id: urlId, statementId: urlId });
export const publicParams = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/),
});

export const newStatementSchema = z.object({ text: statementText });
/** A participant's statement from the phone; the same clientKey again returns the same statement. */
export const proposedStatementSchema = z.object({ text: statementText, clientKey: clientKey.optional() });
export const fromDialogueSchema = z.object({
  dialogueId: dbId,
  top: z.number().int().min(1).max(50).default(10),
});
export const fromThemeSchema = z.object({
  themeId: dbId,
  top: z.number().int().min(1).max(50).default(10),
});
export const linkDialogueSchema = z.object({ dialogueId: dbId });
export const linkParams = z.object({ id: urlId, dialogueId: urlId });

export const moderationSchema = z
  .object({
    decision: z.enum(['show', 'reject']),
    reason: z.string().trim().max(500).optional(),
  })
  .refine((value) => value.decision === 'show' || (value.reason ?? '').length >= 3, {
    path: ['reason'],
    message: 'para rechazar, indica el motivo (se guarda)',
  });

export const voteValues = { agree: 1, disagree: -1, pass: 0 } as const;
export const newVoteSchema = z.object({
  statementId: dbId,
  vote: z.enum(['agree', 'disagree', 'pass']),
  /** The phone's key: resending the same vote changes nothing. */
  clientKey: clientKey.optional(),
});
