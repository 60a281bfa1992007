import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import { AppError } from '../errors/index.js';
import { formatBytes, zipLimits } from './limits.js';

export interface ZipBounds {
  entries: number;
  fileBytes: number;
  totalBytes: number;
  ratio: number;
  ratioFloorBytes: number;
}

/** Chunks fed to the inflater: one chunk can expand ~1000×, so this bounds the memory of one step. */
const step = 16 * 1024;

/**
 * Unpacks the entries of a zip that `wanted` accepts, counting the bytes as they come out rather
 * than trusting the sizes the zip declares: a bomb is stopped at the first byte past a limit, with
 * the file it was reading named. Entries not wanted are skipped without being inflated.
 */
export function unzipBounded(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
  bounds: ZipBounds,
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array[]>();
  let entries = 0;
  let total = 0;
  let refusal: AppError | null = null;
  const refuse = (error: AppError, file: UnzipFile) => {
    refusal ??= error;
    file.terminate();
  };
  const unzip = new Unzip((file) => {
    if (refusal) return;
    entries += 1;
    if (entries > bounds.entries) {
      refusal = new AppError('zip_too_many_entries', { limit: bounds.entries });
      return;
    }
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    files.set(file.name, chunks);
    let size = 0;
    file.ondata = (error, chunk) => {
      if (refusal) return;
      if (error) {
        refuse(new AppError('zip_unreadable', { detail: `«${file.name}»: ${error.message}` }), file);
        return;
      }
      size += chunk.byteLength;
      total += chunk.byteLength;
      // The ratio first: a bomb is named as one even when it also crosses a size limit.
      if (total > bounds.ratioFloorBytes && total > bounds.ratio * zip.byteLength)
        return refuse(new AppError('zip_ratio_too_high', { file: file.name, limit: bounds.ratio }), file);
      if (size > bounds.fileBytes)
        return refuse(
          new AppError('zip_file_too_large', { file: file.name, limit: formatBytes(bounds.fileBytes) }),
          file,
        );
      if (total > bounds.totalBytes)
        return refuse(
          new AppError('zip_total_too_large', { file: file.name, limit: formatBytes(bounds.totalBytes) }),
          file,
        );
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.byteLength && !refusal; at += step) {
      const end = Math.min(at + step, zip.byteLength);
      unzip.push(zip.subarray(at, end), end === zip.byteLength);
    }
  } catch (error) {
    refusal ??= new AppError('zip_unreadable', { detail: (error as Error).message });
  }
  if (refusal) throw refusal;
  const result = new Map<string, Uint8Array>();
  for (const [name, chunks] of files) result.set(name, concat(chunks));
  return result;
}

export const packageZipBounds: ZipBounds = {
  entries: zipLimits.entries,
  fileBytes: zipLimits.packageFileBytes,
  totalBytes: zipLimits.packageTotalBytes,
  ratio: zipLimits.ratio,
  ratioFloorBytes: zipLimits.ratioFloorBytes,
};

export const sheetZipBounds: ZipBounds = {
  entries: zipLimits.entries,
  fileBytes: zipLimits.sheetTotalBytes,
  totalBytes: zipLimits.sheetTotalBytes,
  ratio: zipLimits.ratio,
  ratioFloorBytes: zipLimits.ratioFloorBytes,
};

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
