import { z } from 'zod';
import { contract, noContent } from '../../platform/http/contract.js';
import { consultationEndpoints } from './endpoints.js';
import {
  consultationParams,
  consultationQuery,
  fromDialogueSchema,
  fromThemeSchema,
  linkDialogueSchema,
  linkParams,
  moderationSchema,
  newConsultationSchema,
  newStatementSchema,
  newVoteSchema,
  polisImportQuery,
  proposedStatementSchema,
  publicParams,
  statementOrigins,
  statementParams,
  statementStatuses,
} from './schema.js';

const direction = z.enum(['agree', 'disagree']);

export const statementSchema = z.object({
  id: z.number(),
  text: z.string(),
  origin: z.enum(statementOrigins),
  status: z.enum(statementStatuses),
  moderationReason: z.string().nullable(),
  agree: z.number(),
  disagree: z.number(),
  pass: z.number(),
});

export const consultationSchema = z.object({
  id: z.number(),
  regionCode: z.string().nullable(),
  question: z.string(),
  level: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  publicKey: z.string(),
  joinPath: z.string(),
  open: z.boolean(),
  participants: z.number(),
  votes: z.number(),
});

export const consultationDetail = consultationSchema.extend({ statements: z.array(statementSchema) });

/** The opinion groups as the staff page draws them: map points, groups, and their statements. */
export const opinionGroupsResponse = z.object({
  computedAt: z.string().nullable(),
  votes: z.number(),
  participants: z.number(),
  grouped: z.number(),
  /** [x, y, group] per grouped participant (anonymous, no ids). */
  points: z.array(z.tuple([z.number(), z.number(), z.number()])),
  groups: z.array(
    z.object({
      id: z.number(),
      size: z.number(),
      centre: z.tuple([z.number(), z.number()]),
      representative: z.array(
        z.object({
          statementId: z.number(),
          text: z.string(),
          direction,
          groupShare: z.number(),
          restShare: z.number(),
          significant: z.boolean(),
        }),
      ),
    }),
  ),
  consensus: z.array(
    z.object({
      statementId: z.number(),
      text: z.string(),
      direction,
      consensus: z.number(),
      groupShares: z.array(z.number()),
    }),
  ),
  divisive: z.array(
    z.object({
      statementId: z.number(),
      text: z.string(),
      divisiveness: z.number(),
      groupNet: z.array(z.number()),
    }),
  ),
});

/** A dialogue's challenge material: what unites and what divides each linked consultation's groups. */
export const dialogueMaterialResponse = z.object({
  consultations: z.array(
    z.object({
      id: z.number(),
      question: z.string(),
      participants: z.number(),
      statements: z.number(),
      votes: z.number(),
      groups: z.number(),
      consensus: z.array(z.object({ statementId: z.number(), text: z.string(), direction })),
      divisive: z.array(z.object({ statementId: z.number(), text: z.string() })),
    }),
  ),
});

export const phoneConsultation = z.object({
  question: z.string(),
  open: z.boolean(),
  closesAt: z.string(),
});

export const nextStatementResponse = z.object({
  consultation: phoneConsultation,
  statement: z.object({ id: z.number(), text: z.string() }).nullable(),
  /** The statements after it, for the phone to go on voting offline (same draw, no repeats). */
  upcoming: z.array(z.object({ id: z.number(), text: z.string() })),
  voted: z.number(),
  total: z.number(),
});

export const consultationContract = contract(consultationEndpoints, {
  listConsultations: {
    query: consultationQuery,
    response: z.object({ consultations: z.array(consultationSchema) }),
  },
  createConsultation: { body: newConsultationSchema, response: consultationDetail },
  importPolis: { query: polisImportQuery, response: consultationDetail },
  getConsultation: { params: consultationParams, response: consultationDetail },
  addStatement: { params: consultationParams, body: newStatementSchema, response: statementSchema },
  seedFromDialogue: {
    params: consultationParams,
    body: fromDialogueSchema,
    response: z.object({ added: z.array(statementSchema) }),
  },
  seedFromTheme: {
    params: consultationParams,
    body: fromThemeSchema,
    response: z.object({ added: z.array(statementSchema) }),
  },
  moderateStatement: { params: statementParams, body: moderationSchema, response: statementSchema },
  opinionGroups: { params: consultationParams, response: opinionGroupsResponse },
  exportVotes: { params: consultationParams },
  qr: { params: consultationParams },
  linkDialogue: {
    params: consultationParams,
    body: linkDialogueSchema,
    response: z.object({ consultationId: z.number(), dialogueId: z.number() }),
  },
  unlinkDialogue: { params: linkParams, response: noContent },
  dialogueMaterial: { params: consultationParams, response: dialogueMaterialResponse },
  joinConsultation: {
    params: publicParams,
    response: z.object({ token: z.string(), consultation: phoneConsultation }),
  },
  nextStatement: { params: publicParams, response: nextStatementResponse },
  castVote: { params: publicParams, body: newVoteSchema, response: nextStatementResponse },
  proposeStatement: {
    params: publicParams,
    body: proposedStatementSchema,
    response: z.object({ id: z.number(), status: z.enum(statementStatuses) }),
  },
});
