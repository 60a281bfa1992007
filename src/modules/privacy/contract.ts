import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { ratings } from '../../platform/vocabulary.js';
import { privacyEndpoints } from './endpoints.js';

export const exportParticipantResponse = z.object({
  exportedAt: z.string(),
  participant: z.object({
    id: z.number(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    sector: z.string().nullable(),
    gender: z.string().nullable(),
    ageBand: z.string().nullable(),
    organization: z.string().nullable(),
    table: z.string().nullable(),
    consentAt: z.string().nullable(),
    notifyConsentAt: z.string().nullable(),
    erasedAt: z.string().nullable(),
    joinedAt: z.string(),
  }),
  dialogue: z.object({ id: z.number(), title: z.string(), date: z.string(), regionCode: z.string() }),
  ideas: z.array(
    z.object({
      id: z.number(),
      text: z.string(),
      createdAt: z.string(),
      hidden: z.boolean(),
      mergedIntoId: z.number().nullable(),
    }),
  ),
  votes: z.array(z.object({ ideaId: z.number(), ideaText: z.string(), dots: z.number(), at: z.string() })),
  evaluation: z
    .object({
      rating: z.enum(ratings),
      comment: z.string().nullable(),
      createdAt: z.string(),
    })
    .nullable(),
});

export const eraseParticipantResponse = z.object({
  participantId: z.number(),
  erasedAt: z.string(),
  already: z.boolean(),
});

export const privacyContract = contract(privacyEndpoints, {
  exportParticipant: { params: idParam, response: exportParticipantResponse },
  eraseParticipant: { params: idParam, response: eraseParticipantResponse },
});
