import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/index.js';
import { formatBytes } from './limits.js';

export interface Upload {
  /** The client's file name, reduced to safe characters (for messages and issue paths). */
  name: string;
  bytes: Buffer;
}

/**
 * Reads the one file of a multipart request into memory, at most `maxBytes`. Call it only after
 * the permission check: nothing of the body is read before this. A declared Content-Length past
 * the limit is refused before reading a byte; a body that lies about it is cut at the limit.
 */
export async function readUpload(request: FastifyRequest, maxBytes: number, field = 'file'): Promise<Upload> {
  const issue = (code: 'upload_missing' | 'upload_not_multipart') => {
    const error = new AppError(code, { field });
    return new AppError(code, { field }, [
      { path: `body.${field}`, message: error.messageIn(request.locale) },
    ]);
  };
  if (!request.isMultipart()) throw issue('upload_not_multipart');
  const limit = { limit: formatBytes(maxBytes) };
  // The envelope adds a few hundred bytes around the file.
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024)
    throw new AppError('upload_too_large', limit);
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  } catch (error) {
    throw refusalOf(error, limit) ?? issue('upload_missing');
  }
  if (!part || part.fieldname !== field) throw issue('upload_missing');
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    throw refusalOf(error, limit) ?? error;
  }
  if (part.file.truncated) throw new AppError('upload_too_large', limit);
  const name = part.filename.replace(/[^\w.\-áéíóúñÁÉÍÓÚÑ ]/g, '_').slice(0, 120) || 'archivo';
  return { name, bytes };
}

function refusalOf(error: unknown, limit: { limit: string }): AppError | null {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
    return new AppError('upload_too_large', limit);
  return null;
}
