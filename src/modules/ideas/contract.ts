import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { csvFormatQuery, idParam, urlId } from '../../platform/http/input.js';
import { ideaEndpoints } from './endpoints.js';
import {
  hideSchema,
  ideaListQuery,
  ideasListQuery,
  ideaTextSchema,
  mergeSchema,
  phoneIdeaSchema,
  staffIdeaSchema,
} from './schema.js';

export const addCardIdeaResponse = z.object({
  id: z.number(),
  dialogueId: z.number(),
  questionId: z.number().nullable(),
  tableId: z.number().nullable(),
  text: z.string(),
  source: z.enum(['phone', 'card', 'import']),
  hiddenReason: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
  /** Arrived after ideation and waits for the facilitator (accept = show it). */
  late: z.boolean(),
  dots: z.number(),
  totalDots: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const listStaffIdeasResponse = z.object({ ideas: z.array(addCardIdeaResponse) });

export const mergeIdeaResponse = z.object({
  merge: z.object({ id: z.number(), sourceId: z.number(), targetId: z.number() }),
});

export const addPhoneIdeaResponse = z.object({
  idea: z.object({
    id: z.number(),
    questionId: z.number().nullable(),
    text: z.string(),
    editable: z.boolean(),
    createdAt: z.string(),
    /** Arrived after ideation: kept, and sent to the facilitator as a late card. */
    late: z.boolean(),
  }),
});

export const listIdeasResponse = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  pages: z.number(),
  ideas: z.array(
    z.object({
      id: z.number(),
      dialogueId: z.number(),
      dialogueTitle: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      question: z.object({ position: z.number(), text: z.string() }).nullable(),
      table: z.object({ number: z.number(), name: z.string() }).nullable(),
      text: z.string(),
      source: z.enum(['phone', 'card', 'import']),
      hidden: z.boolean(),
      hiddenReason: z.string().nullable(),
      mergedIntoId: z.number().nullable(),
      answerStatus: z.enum(['en_estudio', 'priorizada', 'no_priorizada', 'ya_existe']).nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const ideaContract = contract(ideaEndpoints, {
  listIdeas: { query: ideasListQuery, response: listIdeasResponse },
  ideasListCsv: { query: ideasListQuery.merge(csvFormatQuery) },
  listStaffIdeas: { params: idParam, query: ideaListQuery, response: listStaffIdeasResponse },
  addCardIdea: { params: idParam, body: staffIdeaSchema, response: addCardIdeaResponse },
  editIdeaText: { params: idParam, body: ideaTextSchema, response: addCardIdeaResponse },
  hideIdea: { params: idParam, body: hideSchema, response: addCardIdeaResponse },
  unhideIdea: { params: idParam, response: addCardIdeaResponse },
  mergeIdea: { params: idParam, body: mergeSchema, response: mergeIdeaResponse },
  unmergeIdea: { params: idParam, response: addCardIdeaResponse },
  addPhoneIdea: { body: phoneIdeaSchema, response: addPhoneIdeaResponse },
  editPhoneIdea: { params: z.object({ id: urlId }), body: ideaTextSchema, response: addPhoneIdeaResponse },
});
