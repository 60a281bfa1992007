import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { organizationKinds, sectors } from '../../platform/vocabulary.js';
import { regionCodeSchema } from '../staff/index.js';
import { actorEndpoints } from './endpoints.js';
import {
  actorListQuery,
  actorPatchSchema,
  newActorSchema,
  newOrganizationSchema,
  placementSchema,
  regionQuery,
} from './schema.js';

export const organizationsForResponse = z.object({
  organizations: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      kind: z.string().nullable(),
      regionCode: z.string().nullable(),
    }),
  ),
});

export const addOrganizationResponse = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(organizationKinds),
  regionCode: z.string().nullable(),
});

/** An actor as the map lists it: organisation, placement on the grid, interviews held. */
const actorSummary = z.object({
  id: z.number(),
  regionCode: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  sector: z.string(),
  organization: z
    .object({ id: z.number(), name: z.string().nullable(), kind: z.string().nullable() })
    .nullable(),
  placement: z.object({ influence: z.number(), interest: z.number().nullable() }).nullable(),
  interviews: z.number(),
});

export const actorsForResponse = z.object({ actors: z.array(actorSummary) });

export const addActorResponse = z.object({
  id: z.number(),
  regionCode: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  organizationId: z.number().nullable(),
  sector: z.enum(sectors),
  contact: z.string().nullable(),
});

export const getActorResponse = actorSummary.extend({
  contact: z.object({ email: z.string().nullable(), phone: z.string().nullable() }),
});

export const changeActorResponse = z.object({
  name: z.string(),
  position: z.string().nullable(),
  organization_id: z.number().nullable(),
  sector: z.string(),
  id: z.number(),
});

export const placeActorResponse = z.object({ id: z.number(), influence: z.number(), interest: z.number() });

export const stakeholderMapResponse = z.object({
  regionCode: z.string(),
  placed: z.array(
    z.object({
      id: z.number(),
      regionCode: z.string(),
      name: z.string(),
      position: z.string().nullable(),
      sector: z.string(),
      organization: z
        .object({ id: z.number(), name: z.string().nullable(), kind: z.string().nullable() })
        .nullable(),
      placement: z.object({ influence: z.number(), interest: z.number().nullable() }).nullable(),
      interviews: z.number(),
    }),
  ),
  unplaced: z.array(
    z.object({
      id: z.number(),
      regionCode: z.string(),
      name: z.string(),
      position: z.string().nullable(),
      sector: z.string(),
      organization: z
        .object({ id: z.number(), name: z.string().nullable(), kind: z.string().nullable() })
        .nullable(),
      placement: z.object({ influence: z.number(), interest: z.number().nullable() }).nullable(),
      interviews: z.number(),
    }),
  ),
});

export const actorContract = contract(actorEndpoints, {
  organizationsFor: { query: regionQuery, response: organizationsForResponse },
  addOrganization: { body: newOrganizationSchema, response: addOrganizationResponse },
  actorsFor: { query: actorListQuery, response: actorsForResponse },
  addActor: { body: newActorSchema, response: addActorResponse },
  getActor: { params: idParam, response: getActorResponse },
  changeActor: { params: idParam, body: actorPatchSchema, response: changeActorResponse },
  placeActor: { params: idParam, body: placementSchema, response: placeActorResponse },
  stakeholderMap: { params: z.object({ region: regionCodeSchema }), response: stakeholderMapResponse },
});
