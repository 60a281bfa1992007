import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { noContent } from './contract.js';
import { type RegisteredRoute, routesOf } from './route.js';

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate the requests. */
export function buildOpenApi(app: FastifyInstance) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routesOf(app)) {
    const path = spec.url.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', spec.params],
      ['query', spec.query],
    ] as const) {
      if (!schema) continue;
      const json = toJson(schema) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        parameters.push({
          name,
          in: where,
          required: where === 'path' || !!json.required?.includes(name),
          schema: property,
        });
      }
    }
    const security =
      spec.access === 'staff'
        ? [{ session: [], csrf: [] }]
        : spec.access === 'participant'
          ? [{ device: [] }]
          : [];
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: spec.tags,
      security,
      ...(parameters.length ? { parameters } : {}),
      ...(spec.upload
        ? {
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
                },
              },
            },
          }
        : spec.body
          ? {
              requestBody: { required: true, content: { 'application/json': { schema: toJson(spec.body) } } },
            }
          : {}),
      responses: {
        ...success(spec),
        '400': { $ref: '#/components/responses/Error' },
        ...(spec.access !== 'public' ? { '401': { $ref: '#/components/responses/Error' } } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Minga API',
      version: '1',
      description:
        'API de Minga: diálogos de innovación ciudadana, resultados y más. Errors are JSON {error:{code,message,issues}} with a stable code.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'minga_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        device: { type: 'apiKey', in: 'header', name: 'x-device-token' },
      },
      responses: {
        Error: {
          description: 'Error with a stable code',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  error: {
                    type: 'object',
                    properties: {
                      code: { type: 'string' },
                      message: { type: 'string' },
                      issues: { type: 'array', items: { type: 'object' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    paths,
  };
}

/** The success answer: a file of its content type, 204 without a body, or JSON of the response schema. */
function success(spec: RegisteredRoute) {
  if (spec.file)
    return {
      '200': {
        description: 'OK',
        content: { [spec.file]: { schema: { type: 'string', format: 'binary' } } },
      },
    };
  if (spec.response === noContent) return { '204': { description: 'No Content' } };
  return {
    '200': {
      description: 'OK',
      ...(spec.response
        ? { content: { 'application/json': { schema: toJson(spec.response, 'output') } } }
        : {}),
    },
  };
}

function toJson(schema: z.ZodType, io: 'input' | 'output' = 'input') {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return json;
}
