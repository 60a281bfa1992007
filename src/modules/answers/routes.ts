import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { answerContract as api } from './contract.js';
import { answerIdea, answerTheme, dialogueAnswers } from './service.js';

export async function answerRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['answers'];

  route(app, {
    ...api.answerIdea,
    summary:
      'Give (or change) the official answer to an idea: en estudio, priorizada, no priorizada, ya existe',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => answerIdea(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.answerTheme,
    summary: 'Give one official answer to every visible idea of a theme',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => answerTheme(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.dialogueAnswers,
    summary: 'The visible ideas of a dialogue with their official answers',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => dialogueAnswers(ctx, actor, params.id),
  });
}
