import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { idParam } from '../../platform/http/input.js';
import { answerEndpoints } from './endpoints.js';
import { answerSchema, answerStatuses, themeAnswerSchema } from './schema.js';

/** An idea's official answer, as staff and the public read it. */
export const answerView = z.object({
  status: z.enum(answerStatuses),
  text: z.string(),
  reason: z.string().nullable(),
  link: z.string().nullable(),
  initiative: z.object({ id: z.number(), title: z.string() }).nullable(),
  themeId: z.number().nullable(),
  answeredAt: z.string(),
});

export const answerContract = contract(answerEndpoints, {
  answerIdea: {
    params: idParam,
    body: answerSchema,
    response: z.object({ ideaId: z.number(), answer: answerView }),
  },
  answerTheme: {
    params: idParam,
    body: themeAnswerSchema,
    response: z.object({ themeId: z.number(), label: z.string(), answered: z.number(), skipped: z.number() }),
  },
  dialogueAnswers: {
    params: idParam,
    response: z.object({
      dialogue: z.object({ id: z.number(), title: z.string(), regionCode: z.string(), status: z.string() }),
      ideas: z.array(z.object({ id: z.number(), text: z.string(), answer: answerView.nullable() })),
      answered: z.number(),
    }),
  },
});
