import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, isAppError, type Locale } from '../platform/errors/index.js';

/**
 * How the server answers what went wrong, always in the catalogue's shape
 * `{ error: { code, message, issues } }`, in the caller's language, and never echoing the URL
 * (a long or odd path is the attacker's text, not ours to repeat).
 */
export function errorBody(error: AppError, locale: Locale) {
  return { error: { code: error.code, message: error.messageIn(locale), issues: error.issues } };
}

export function localeOf(request: FastifyRequest, fallback: Locale): Locale {
  const explicit = request.headers['x-minga-locale'];
  if (explicit === 'en' || explicit === 'es') return explicit;
  const accepted = request.headers['accept-language'];
  if (typeof accepted === 'string') {
    const first = accepted.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('en')) return 'en';
    if (first.startsWith('es')) return 'es';
  }
  return fallback;
}

/** The error handler of every route. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) return reply.code(error.status).send(errorBody(error, request.locale));
  const known = fastifyErrorCode(error);
  if (known) {
    const appError = new AppError(known);
    return reply.code(appError.status).send(errorBody(appError, request.locale));
  }
  if ((error as { statusCode?: number }).statusCode === 429) return reply.code(429).send(error);
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send(errorBody(new AppError('internal'), request.locale));
}

/** Fastify's own client errors (bad JSON, wrong content type, too large) in our catalogue. */
function fastifyErrorCode(error: unknown): ErrorCode | null {
  const code = (error as { code?: string }).code;
  const status = (error as { statusCode?: number }).statusCode;
  if (
    code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (error instanceof SyntaxError && status === 400)
  )
    return 'malformed_body';
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) return 'unsupported_media_type';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || code === 'FST_REQ_FILE_TOO_LARGE' || status === 413)
    return 'payload_too_large';
  if (status && status >= 400 && status < 500 && status !== 429) return 'invalid_input';
  return null;
}

/** Errors the router meets before any route runs: an undecodable path, a parameter too long. */
export function frameworkErrors(fallback: Locale) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const code: ErrorCode = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'url_too_long' : 'bad_url';
    const appError = new AppError(code);
    return reply.code(appError.status).send(errorBody(appError, localeOf(request, fallback)));
  };
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (a request line or headers past
 * 16 KB, a malformed request): answered on the socket in the catalogue's shape, in the
 * installation's language since the headers were not read.
 */
export function clientErrorHandler(fallback: Locale) {
  return (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const [status, code]: [number, ErrorCode] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'request_timeout']
          : [400, 'bad_request'];
    const body = JSON.stringify(errorBody(new AppError(code), fallback));
    if (!socket.writable) return socket.destroy(error);
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    socket.destroy(error);
  };
}
