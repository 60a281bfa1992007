import { z } from 'zod';
import { contract, noContent } from '../../platform/http/contract.js';
import { dbId, idParam } from '../../platform/http/input.js';
import { dialoguePhaseSchema, dialogueStatusSchema } from '../dialogues/contract.js';
import { screenEndpoints } from './endpoints.js';

export const screenStateSchema = z.object({
  dialogue: z.object({
    id: z.number(),
    title: z.string(),
    regionCode: z.string(),
    status: dialogueStatusSchema,
    phase: dialoguePhaseSchema.nullable(),
    joinCode: z.string(),
    joinUrl: z.string(),
  }),
  participants: z.number(),
  figures: z.object({
    participants: z.number(),
    ideas: z.number(),
    ideas_after_merge: z.number(),
    ideas_visible: z.number(),
    ideas_hidden: z.number(),
    dots: z.number(),
    dots_on_hidden: z.number(),
    evaluations: z.number(),
  }),
  participantsPerTable: z.array(
    z.object({
      tableId: z.number(),
      number: z.number(),
      name: z.string(),
      participants: z.number(),
      ideas: z.number(),
    }),
  ),
  /** The challenge questions, in order: the projector shows them and ranks each on its own. */
  questions: z.array(z.object({ id: z.number(), position: z.number(), text: z.string() })),
  /** The top 10 of each question (ties share a rank), in order of dots; with no dots yet, all at 0. */
  ranking: z.array(
    z.object({
      ideaId: z.number(),
      questionId: z.number().nullable(),
      text: z.string(),
      dots: z.number(),
      rank: z.number(),
    }),
  ),
  /** Visible ideas per question, as they arrive during ideation. */
  ideasPerQuestion: z.array(z.object({ questionId: z.number().nullable(), ideas: z.number() })),
  participantsDone: z.number(),
  dotsSpent: z.number(),
  dotsTotal: z.number(),
  evaluation: z.object({
    responses: z.number(),
    excellentOrGood: z.number(),
    excellentOrGoodShare: z.number(),
  }),
  /** What the facilitator chose to show (console): ranking hidden in voting, a spotlight, a countdown. */
  view: z.object({
    rankingHidden: z.boolean(),
    spotlight: z.object({ ideaId: z.number(), text: z.string(), dots: z.number() }).nullable(),
    countdownEndsAt: z.string().nullable(),
  }),
  /** The consultations taken to the dialogue: at most 3 consensus and 3 divisive statements each. */
  consultations: z.array(
    z.object({
      id: z.number(),
      question: z.string(),
      consensus: z.array(
        z.object({ statementId: z.number(), text: z.string(), direction: z.enum(['agree', 'disagree']) }),
      ),
      divisive: z.array(z.object({ statementId: z.number(), text: z.string() })),
    }),
  ),
  lastEventId: z.number(),
});

/** The console's choices for the projector; a countdown in minutes from now (null stops it, absent keeps it). */
export const screenViewBody = z.object({
  rankingHidden: z.boolean(),
  spotlightIdeaId: dbId.nullable(),
  countdownMinutes: z.number().int().min(1).max(240).nullable().optional(),
});

export const screenLinkSchema = z.object({
  key: z.string().nullable(),
  url: z.string().nullable(),
  createdAt: z.string().nullable(),
});

/** A screen link's secret as typed: spaces, dashes and case forgiven. */
export const screenKeyParam = z.object({ key: z.string().trim().min(1).max(40) });

export const screenContract = contract(screenEndpoints, {
  screen: { params: idParam, response: screenStateSchema },
  link: { params: idParam, response: screenLinkSchema },
  renewLink: { params: idParam, response: screenLinkSchema },
  revokeLink: { params: idParam, response: noContent },
  setView: {
    params: idParam,
    body: screenViewBody,
    response: z.object({
      rankingHidden: z.boolean(),
      spotlightIdeaId: z.number().nullable(),
      countdownEndsAt: z.string().nullable(),
    }),
  },
  byKey: { params: screenKeyParam, response: screenStateSchema },
  qrByKey: { params: screenKeyParam },
});

export type ScreenState = z.output<typeof screenStateSchema>;
export type ScreenLink = z.output<typeof screenLinkSchema>;
