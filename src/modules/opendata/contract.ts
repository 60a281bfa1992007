import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { openDataEndpoints } from './endpoints.js';

export const publishedDialoguesResponse = z.object({
  dialogues: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      date: z.string(),
      regionCode: z.string(),
      regionName: z.string(),
      publishedAt: z.string().nullable(),
      participants: z.number(),
      ideas: z.number(),
      ideasVisible: z.number(),
      dots: z.number(),
    }),
  ),
});

export const setPublishedResponse = z.object({ id: z.number(), publishedAt: z.string().nullable() });

export const openDataContract = contract(openDataEndpoints, {
  publishedDialogues: { response: publishedDialoguesResponse },
  openDataZip: {},
  setPublished: {
    params: idParam,
    body: z.object({ published: z.boolean() }),
    response: setPublishedResponse,
  },
});
