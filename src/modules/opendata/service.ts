import { randomBytes } from 'node:crypto';
import type { StaffActor } from '../../platform/auth/actor.js';
import { requireNational } from '../../platform/auth/policy.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { NATION } from '../../platform/scopes.js';
import { consultationTotals } from '../consultations/index.js';
import { exportZip } from '../datapackage/index.js';
import { emptyFigures, figuresOfDialogues } from '../figures/index.js';
import { findDialogue, listPublished, openDataSalt, setPublishedAt } from './queries.js';

/** Fewer people than this in a sector × gender × age cell of one dialogue: the cell is blanked. */
export const smallCell = 5;

/** Publishes (or withdraws) a closed dialogue as open data; national team only, audited. */
export async function setPublished(ctx: Context, actor: StaffActor, dialogueId: number, published: boolean) {
  requireNational(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    const dialogue = await findDialogue(trx, dialogueId);
    if (!dialogue) throw new AppError('not_found', { what: `diálogo ${dialogueId}` });
    if (published && dialogue.status !== 'closed') throw new AppError('dialogue_not_closed');
    const publishedAt = published ? (dialogue.published_at ?? now()) : null;
    await setPublishedAt(trx, dialogueId, publishedAt);
    await change.audit({
      action: published ? 'dialogue.publish' : 'dialogue.unpublish',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: dialogue.region_code,
      before: { published_at: dialogue.published_at },
      after: { published_at: publishedAt },
    });
    return { id: dialogueId, publishedAt };
  });
}

/** The published dialogues, for the public page. */
export async function publishedDialogues(ctx: Context) {
  const rows = await listPublished(ctx.db);
  const figures = await figuresOfDialogues(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const figure = figures.get(row.id) ?? emptyFigures();
    return {
      id: row.id,
      title: row.title,
      date: row.date,
      regionCode: row.region_code,
      regionName: row.region_name,
      publishedAt: row.published_at,
      participants: figure.participants,
      ideas: figure.ideas,
      ideasVisible: figure.ideas_visible,
      dots: figure.dots,
    };
  });
}

/**
 * The open-data package of the published dialogues: participant (and every other) id replaced by
 * a stable salted hash, no organisation names, no evaluation comments, small cells blanked.
 */
export async function openDataZip(ctx: Context): Promise<Uint8Array> {
  const salt = await openDataSalt(ctx.db, randomBytes(32).toString('hex'));
  const dialogues = await listPublished(ctx.db);
  return exportZip(
    ctx,
    { dialogueIds: dialogues.map((dialogue) => dialogue.id), pseudonymise: { salt, smallCell } },
    { 'consultas.csv': new TextEncoder().encode(await consultationsCsv(ctx, dialogues)) },
  );
}

/**
 * The online consultations of each published scope (a region with a published dialogue, and the
 * nation for the national ones), as counts only: nothing of a participant, statement or vote.
 */
async function consultationsCsv(ctx: Context, dialogues: Array<{ region_code: string }>): Promise<string> {
  const regions = [...new Set(dialogues.map((dialogue) => dialogue.region_code))];
  const lines = ['scope,consultations,participants,published_statements,votes'];
  const scopes: Array<[string, string[], boolean]> = [
    ...regions.map((region): [string, string[], boolean] => [region, [region], false]),
    ...(regions.length ? [[NATION, [], true] as [string, string[], boolean]] : []),
  ];
  for (const [scope, inRegions, national] of scopes) {
    const totals = await consultationTotals(ctx.db, inRegions, national);
    lines.push([scope, totals.consultations, totals.participants, totals.statements, totals.votes].join(','));
  }
  return `${lines.join('\n')}\n`;
}
