import { z } from 'zod';
import { contract, noContent } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { sectors } from '../../platform/vocabulary.js';
import { regionQuery } from '../actors/index.js';
import { interviewEndpoints } from './endpoints.js';
import {
  newCodeSchema,
  newCodingSchema,
  newGuideSchema,
  newInterviewSchema,
  targetSchema,
} from './schema.js';

export const guidesResponse = z.object({
  guides: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      description: z.string().nullable(),
      questions: z.array(z.object({ id: z.number(), position: z.number(), text: z.string() })),
    }),
  ),
});

export const addGuideResponse = z.object({
  id: z.number(),
  title: z.string(),
  questions: z.array(z.string()),
});

export const addCodeResponse = z.object({
  id: z.number(),
  label: z.string(),
  description: z.string().nullable(),
});

export const codebookResponse = z.object({ codes: z.array(addCodeResponse) });

export const interviewsForResponse = z.object({
  interviews: z.array(
    z.object({
      id: z.number(),
      regionCode: z.string(),
      date: z.string(),
      interviewer: z.string(),
      actor: z.object({ id: z.number(), name: z.string(), sector: z.string() }),
      guide: z.string(),
      codings: z.number(),
    }),
  ),
});

export const recordInterviewResponse = z.object({
  id: z.number(),
  actorId: z.number(),
  guideId: z.number(),
  interviewer: z.string(),
  date: z.string(),
  answers: z.number(),
});

export const synthesisResponse = z.object({
  codes: z.array(
    z.object({
      id: z.number(),
      label: z.string(),
      description: z.string().nullable(),
      passages: z.number(),
      interviews: z.number(),
      byRegion: z.array(z.object({ regionCode: z.string(), passages: z.number(), interviews: z.number() })),
      quotations: z.array(
        z.object({
          id: z.number(),
          text: z.string(),
          actor: z.string(),
          sector: z.string(),
          regionCode: z.string(),
          interviewId: z.number(),
        }),
      ),
    }),
  ),
});

export const coverageResponse = z.object({
  target: z.number(),
  heard: z.number(),
  gap: z.number(),
  regionTarget: z.number(),
  sectorTarget: z.number(),
  byRegion: z.array(
    z.object({
      regionCode: z.string(),
      name: z.string(),
      actors: z.number(),
      heard: z.number(),
      interviews: z.number(),
      target: z.number(),
      gap: z.number(),
    }),
  ),
  bySector: z.array(
    z.object({
      sector: z.enum(sectors),
      actors: z.number(),
      heard: z.number(),
      target: z.number(),
      gap: z.number(),
    }),
  ),
});

export const setInterviewTargetResponse = z.object({ target: z.number() });

export const getInterviewResponse = z.object({
  id: z.number(),
  regionCode: z.string(),
  date: z.string(),
  interviewer: z.string(),
  notes: z.string().nullable(),
  actor: z.object({ id: z.number(), name: z.string(), sector: z.string() }),
  guide: z.object({ id: z.number(), title: z.string() }),
  answers: z.array(
    z.object({
      id: z.number(),
      questionId: z.number(),
      position: z.number(),
      question: z.string(),
      text: z.string(),
      codings: z.array(
        z.object({
          id: z.number(),
          codeId: z.number(),
          label: z.string(),
          start: z.number(),
          end: z.number(),
          passage: z.string(),
        }),
      ),
    }),
  ),
});

export const codePassageResponse = z.object({
  id: z.number(),
  interviewId: z.number(),
  answerId: z.number(),
  codeId: z.number(),
  start: z.number(),
  end: z.number(),
  passage: z.string(),
});

export const interviewContract = contract(interviewEndpoints, {
  guides: { response: guidesResponse },
  addGuide: { body: newGuideSchema, response: addGuideResponse },
  codebook: { response: codebookResponse },
  addCode: { body: newCodeSchema, response: addCodeResponse },
  interviewsFor: { query: regionQuery, response: interviewsForResponse },
  recordInterview: { body: newInterviewSchema, response: recordInterviewResponse },
  synthesis: { query: regionQuery, response: synthesisResponse },
  coverage: { response: coverageResponse },
  setInterviewTarget: { body: targetSchema, response: setInterviewTargetResponse },
  getInterview: { params: idParam, response: getInterviewResponse },
  codePassage: { params: idParam, body: newCodingSchema, response: codePassageResponse },
  uncodePassage: { params: idParam, response: noContent },
});
