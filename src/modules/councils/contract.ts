import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { agreementStatuses, estates, genders } from '../../platform/vocabulary.js';
import { regionQuery } from '../actors/index.js';
import { councilEndpoints } from './endpoints.js';
import {
  agreementStatusSchema,
  councilMemberParams,
  memberPatchSchema,
  newCouncilSchema,
  newMemberSchema,
  newSessionSchema,
  rulesSchema,
} from './schema.js';

/** What a council's composition breaks of its rules (listed and shown on its page alike). */
const councilWarnings = z.array(
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('estate_below_minimum'),
      estate: z.string(),
      seats: z.number(),
      minimum: z.number(),
    }),
    z.object({
      kind: z.literal('gender_above_share'),
      gender: z.string(),
      share: z.number(),
      maximum: z.number(),
    }),
    z.object({ kind: z.literal('quorum_above_membership'), quorum: z.number(), members: z.number() }),
    z.object({ kind: z.literal('no_members') }),
  ]),
);

export const councilsForResponse = z.object({
  councils: z.array(
    z.object({
      id: z.number(),
      regionCode: z.string(),
      name: z.string(),
      establishedOn: z.string(),
      members: z.number(),
      warnings: councilWarnings,
      openAgreements: z.number(),
      overdueAgreements: z.number(),
    }),
  ),
});

export const addCouncilResponse = z.object({
  id: z.number(),
  regionCode: z.string(),
  name: z.string(),
  establishedOn: z.string(),
  maxGenderShare: z.number(),
  minimums: z.object({
    sector_publico: z.number().optional(),
    trabajadores_ocupados: z.number().optional(),
    trabajadores_desocupados: z.number().optional(),
    empleadores: z.number().optional(),
    sociedad_civil: z.number().optional(),
    organismos_capacitacion: z.number().optional(),
  }),
  deviceKey: z.string(),
});

export const getCouncilResponse = z.object({
  id: z.number(),
  regionCode: z.string(),
  name: z.string(),
  establishedOn: z.string(),
  /** Since when its public page exists; null while it is not published. */
  publishedAt: z.string().nullable(),
  deviceKey: z.string().nullable(),
  rules: z.object({
    quorum: z.number().nullable(),
    effectiveQuorum: z.number(),
    maxGenderShare: z.number(),
    minimums: z.record(z.string(), z.number()),
  }),
  members: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      estate: z.string(),
      gender: z.string(),
      actorId: z.number().nullable(),
      termStart: z.string(),
      termEnd: z.string().nullable(),
      inOffice: z.boolean(),
    }),
  ),
  warnings: councilWarnings,
  sessions: z.array(
    z.object({
      id: z.number(),
      date: z.string(),
      agenda: z.string(),
      minutes: z.string().nullable(),
      members: z.number(),
      quorum: z.number(),
      present: z.number(),
      quorumMet: z.boolean(),
      attendees: z.array(z.number()),
    }),
  ),
  agreements: z.array(
    z.object({
      id: z.number(),
      sessionId: z.number().nullable(),
      text: z.string(),
      responsible: z.string(),
      dueDate: z.string(),
      status: z.string(),
      overdue: z.boolean(),
      followUps: z.array(
        z.object({
          sessionId: z.number().nullable(),
          status: z.string(),
          note: z.string().nullable(),
          at: z.string(),
        }),
      ),
    }),
  ),
});

export const setRulesResponse = z.object({
  quorum: z.number().nullable(),
  maxGenderShare: z.number(),
  minimums: z.union([
    z.record(z.string(), z.number()),
    z.object({
      sector_publico: z.number().optional(),
      trabajadores_ocupados: z.number().optional(),
      trabajadores_desocupados: z.number().optional(),
      empleadores: z.number().optional(),
      sociedad_civil: z.number().optional(),
      organismos_capacitacion: z.number().optional(),
    }),
  ]),
});

export const addMemberResponse = z.object({
  id: z.number(),
  councilId: z.number(),
  name: z.string(),
  estate: z.enum(estates),
  gender: z.enum(genders),
  termStart: z.string(),
  termEnd: z.string().nullable(),
});

export const changeMemberTermResponse = z.object({ id: z.number(), termEnd: z.string().nullable() });

export const followUpAgreementResponse = z.object({
  agreementId: z.number(),
  before: z.string(),
  status: z.enum(agreementStatuses),
  note: z.string().nullable(),
});

export const holdSessionResponse = z.object({
  sessionId: z.number(),
  date: z.string(),
  members: z.number(),
  quorum: z.number(),
  present: z.number(),
  quorumMet: z.boolean(),
  agreements: z.array(
    z.object({
      status: z.string(),
      text: z.string(),
      responsible: z.string(),
      dueDate: z.string(),
      id: z.number(),
    }),
  ),
  followUps: z.array(followUpAgreementResponse),
});

export const councilContract = contract(councilEndpoints, {
  councilsFor: { query: regionQuery, response: councilsForResponse },
  addCouncil: { body: newCouncilSchema, response: addCouncilResponse },
  getCouncil: { params: idParam, response: getCouncilResponse },
  setRules: { params: idParam, body: rulesSchema, response: setRulesResponse },
  addMember: { params: idParam, body: newMemberSchema, response: addMemberResponse },
  changeMemberTerm: {
    params: councilMemberParams,
    body: memberPatchSchema,
    response: changeMemberTermResponse,
  },
  holdSession: { params: idParam, body: newSessionSchema, response: holdSessionResponse },
  followUpAgreement: {
    params: idParam,
    body: z.object({ status: agreementStatusSchema, note: z.string().trim().max(2000).optional() }),
    response: followUpAgreementResponse,
  },
  publishCouncil: {
    params: idParam,
    body: z.object({ published: z.boolean() }),
    response: z.object({ id: z.number(), publishedAt: z.string().nullable() }),
  },
  publicCouncils: {
    query: regionQuery,
    response: z.object({
      councils: z.array(
        z.object({
          id: z.number(),
          name: z.string(),
          regionCode: z.string(),
          regionName: z.string(),
          establishedOn: z.string(),
        }),
      ),
    }),
  },
  publicCouncil: {
    params: idParam,
    response: z.object({
      id: z.number(),
      name: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      establishedOn: z.string(),
      publishedAt: z.string(),
      estates: z.array(
        z.object({
          estate: z.enum(estates),
          members: z.array(
            z.object({ name: z.string(), termStart: z.string(), termEnd: z.string().nullable() }),
          ),
        }),
      ),
      sessions: z.array(
        z.object({
          id: z.number(),
          date: z.string(),
          agenda: z.string(),
          minutes: z.string().nullable(),
          present: z.number(),
          quorum: z.number(),
          quorumMet: z.boolean(),
        }),
      ),
      agreements: z.array(
        z.object({
          id: z.number(),
          sessionId: z.number().nullable(),
          text: z.string(),
          responsible: z.string(),
          dueDate: z.string(),
          status: z.string(),
          overdue: z.boolean(),
          followUps: z.array(z.object({ status: z.string(), note: z.string().nullable(), on: z.string() })),
        }),
      ),
    }),
  },
});
