import { randomBytes } from 'node:crypto';
import type { StaffActor } from '../../platform/auth/actor.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { polisLimits } from '../../platform/files/limits.js';
import type { Upload } from '../../platform/files/upload.js';
import { packageZipBounds, unzipBounded } from '../../platform/files/zip.js';
import { requireCreatable } from './policy.js';
import { type PolisComment, readPolisComments, readPolisVotesCsv, VotesFileError } from './polis-csv.js';
import * as q from './queries.js';
import { maxStatementLength, type PolisImportQuery } from './schema.js';

const votesFile = 'participants-votes.csv';
const commentsFile = 'comments.csv';

const refuse = (detail: string) =>
  new AppError('polis_file_invalid', { detail }, [{ path: 'file', message: detail }]);

/** The two files of an upload: a bare participants-votes.csv, or a .zip holding it and maybe comments.csv. */
function filesOf(upload: Upload): { votes: Uint8Array; comments?: Uint8Array } {
  const zipped = upload.bytes.length > 4 && upload.bytes.readUInt32LE(0) === 0x04034b50;
  if (!zipped) return { votes: upload.bytes };
  const wanted = (name: string) =>
    name.split('/').pop() === votesFile || name.split('/').pop() === commentsFile;
  const found = new Map<string, Uint8Array>();
  for (const [name, bytes] of unzipBounded(upload.bytes, wanted, packageZipBounds)) {
    const base = name.split('/').pop() as string;
    if (found.has(base)) throw refuse(`${upload.name}: el .zip trae dos «${base}»`);
    found.set(base, bytes);
  }
  const votes = found.get(votesFile);
  if (!votes) throw refuse(`${upload.name}: el .zip no trae «${votesFile}»`);
  return { votes, comments: found.get(commentsFile) };
}

const shortened = (text: string) =>
  text.length > maxStatementLength ? `${text.slice(0, maxStatementLength - 1).trimEnd()}…` : text;

/**
 * A consultation made from a Pol.is export: its comments become statements (the text from
 * comments.csv when given, Pol.is's moderated-out ones rejected), its participants anonymous
 * participants that no phone holds, its votes the votes. The whole file is read and checked
 * before anything is written, and written in one transaction: a refused file stores nothing.
 */
export async function importPolis(
  ctx: Context,
  staff: StaffActor,
  meta: PolisImportQuery,
  read: () => Promise<Upload>,
) {
  const regionCode = meta.regionCode ?? null;
  requireCreatable(staff, regionCode); // before a byte of the file is read
  const upload = await read();
  const files = filesOf(upload);
  let parsed: ReturnType<typeof readPolisVotesCsv>;
  let comments = new Map<string, PolisComment>();
  try {
    parsed = readPolisVotesCsv(files.votes, votesFile);
    if (files.comments) comments = readPolisComments(files.comments, commentsFile);
  } catch (error) {
    if (error instanceof VotesFileError) throw refuse(error.message);
    throw error;
  }
  const { matrix, statementIds } = parsed;
  const bounds: Array<[number, number, string]> = [
    [matrix.participants, polisLimits.participants, 'participantes'],
    [statementIds.length, polisLimits.statements, 'comentarios'],
    [matrix.values.length, polisLimits.votes, 'votos'],
  ];
  for (const [count, limit, what] of bounds) {
    if (count > limit) {
      throw refuse(
        `${votesFile}: trae ${count.toLocaleString('es-CL')} ${what}; el máximo es ${limit.toLocaleString('es-CL')}`,
      );
    }
  }
  // Comments no one voted on are statements too (after the voted ones), as in the conversation.
  const columns = [...statementIds, ...[...comments.keys()].filter((id) => !statementIds.includes(id))];
  if (columns.length > polisLimits.statements) {
    throw refuse(
      `${commentsFile}: trae más de ${polisLimits.statements.toLocaleString('es-CL')} comentarios`,
    );
  }

  const id = await commitChange(ctx, staff, async (trx, change) => {
    const at = now();
    const consultationId = await q.insertConsultation(trx, {
      region_code: regionCode,
      question: meta.question,
      level: meta.level,
      opens_at: new Date(meta.opensAt).toISOString(),
      closes_at: new Date(meta.closesAt).toISOString(),
      public_key: randomBytes(12).toString('base64url'),
      created_by: staff.id,
      created_at: at,
    });
    const statementOf: number[] = [];
    for (const commentId of columns) {
      const comment = comments.get(commentId);
      const out = comment?.moderated === -1;
      statementOf.push(
        await q.insertStatement(trx, {
          consultation_id: consultationId,
          text: shortened(comment?.text ?? `Comentario ${commentId} de Pol.is`),
          origin: 'polis',
          source_dialogue_id: null,
          source_idea_id: null,
          status: out ? 'rejected' : 'shown',
          moderation_reason: out ? 'Moderado fuera en Pol.is' : null,
          moderated_by: null,
          moderated_at: out ? at : null,
          author_participant_id: null,
          created_at: at,
        }),
      );
    }
    const hashes = Array.from({ length: matrix.participants }, () => hashToken(newToken()));
    const ids = await q.insertParticipants(
      trx,
      hashes.map((token_hash) => ({ consultation_id: consultationId, token_hash, created_at: at })),
    );
    const votes = [];
    for (let row = 0; row < matrix.participants; row += 1) {
      const participantId = ids.get(hashes[row]) as number;
      for (let cell = matrix.rowStart[row]; cell < matrix.rowStart[row + 1]; cell += 1) {
        votes.push({
          consultation_id: consultationId,
          participant_id: participantId,
          statement_id: statementOf[matrix.columns[cell]],
          vote: matrix.values[cell],
          voted_at: at,
        });
      }
    }
    await q.insertVotes(trx, votes);
    await change.audit({
      action: 'consultation.import',
      entity: 'consultation',
      entityId: String(consultationId),
      regionCode,
      after: {
        question: meta.question,
        file: upload.name,
        participants: matrix.participants,
        statements: columns.length,
        votes: votes.length,
      },
    });
    return consultationId;
  });
  return id;
}
