import { z } from 'zod';
import { contract, noContent } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { cycleEndpoints } from './endpoints.js';
import {
  attachCandidatesQuery,
  attachmentSchema,
  feedbackSessionPatchSchema,
  newCycleSchema,
  newFeedbackSessionSchema,
  phaseCompletionSchema,
  phaseDatesSchema,
  trackPatchSchema,
} from './schema.js';

export const listCyclesForResponse = z.object({
  cycles: z.array(
    z.object({
      id: z.number(),
      year: z.number(),
      title: z.string(),
      status: z.enum(['abierto', 'cerrado']),
      requiresSource: z.boolean(),
      previousCycleId: z.number().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const createCycleResponse = z.object({
  year: z.number(),
  regions: z.array(z.string()),
  requiresSource: z.boolean(),
  previousCycleId: z.number().nullable(),
  carriedInitiatives: z.number(),
  id: z.number(),
  /** Phases outside the cycle's year, said in Spanish (stored anyway: a cycle may run into January). */
  warnings: z.array(z.string()),
});

export const getCycleResponse = z.object({
  tracks: z.array(z.object({ id: z.number(), regionCode: z.string(), regionName: z.string() })),
  id: z.number(),
  year: z.number(),
  title: z.string(),
  status: z.enum(['abierto', 'cerrado']),
  requiresSource: z.boolean(),
  previousCycleId: z.number().nullable(),
  createdAt: z.string(),
});

export const updateTrackNotesResponse = z.object({
  startingNotes: z.string().nullable(),
  evaluationNotes: z.string().nullable(),
  id: z.number(),
});

export const setPhaseCompletedResponse = z.object({
  id: z.number(),
  phase: z.string(),
  completedAt: z.string().nullable(),
});

export const attachToPhaseResponse = z.object({
  id: z.number(),
  kind: z.enum(['dialogue', 'interview', 'council_session', 'theme', 'consultation']),
  refId: z.number(),
  label: z.string(),
});

export const addFeedbackSessionResponse = z.object({
  id: z.number(),
  title: z.string(),
  audience: z.string(),
  plannedOn: z.string(),
  heldOn: z.string().nullable(),
  attendees: z.number().nullable(),
  notes: z.string().nullable(),
  ref: z.object({ kind: z.string(), id: z.number() }).nullable(),
});

export const getTrackResponse = z.object({
  id: z.number(),
  cycleId: z.number(),
  year: z.number(),
  cycleTitle: z.string(),
  cycleStatus: z.enum(['abierto', 'cerrado']),
  regionCode: z.string(),
  regionName: z.string(),
  startingNotes: z.string().nullable(),
  evaluationNotes: z.string().nullable(),
  phases: z.array(
    z.object({
      id: z.number(),
      phase: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      completedAt: z.string().nullable(),
      attachments: z.array(
        z.object({
          id: z.number(),
          kind: z.string(),
          refId: z.number(),
          label: z.string().nullable(),
          date: z.string().nullable(),
        }),
      ),
    }),
  ),
  feedbackSessions: z.array(addFeedbackSessionResponse),
});

export const cycleContract = contract(cycleEndpoints, {
  listCyclesFor: { response: listCyclesForResponse },
  createCycle: { body: newCycleSchema, response: createCycleResponse },
  getCycle: { params: idParam, response: getCycleResponse },
  getTrack: { params: idParam, response: getTrackResponse },
  updateTrackNotes: { params: idParam, body: trackPatchSchema, response: updateTrackNotesResponse },
  setPhaseDates: {
    params: idParam,
    body: z.object({ phases: phaseDatesSchema }),
    response: getTrackResponse.extend({ warnings: z.array(z.string()) }),
  },
  setPhaseCompleted: { params: idParam, body: phaseCompletionSchema, response: setPhaseCompletedResponse },
  attachCandidates: {
    params: idParam,
    query: attachCandidatesQuery,
    response: z.object({
      kind: attachCandidatesQuery.shape.kind,
      candidates: z.array(
        z.object({
          refId: z.number(),
          label: z.string(),
          date: z.string().nullable(),
          attached: z.boolean(),
        }),
      ),
    }),
  },
  attachToPhase: { params: idParam, body: attachmentSchema, response: attachToPhaseResponse },
  detachFromPhase: { params: idParam, response: noContent },
  addFeedbackSession: {
    params: idParam,
    body: newFeedbackSessionSchema,
    response: addFeedbackSessionResponse,
  },
  updateFeedbackSession: {
    params: idParam,
    body: feedbackSessionPatchSchema,
    response: addFeedbackSessionResponse,
  },
});
