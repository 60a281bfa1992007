import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../../platform/context.js';
import { CsvFileWriter } from './csv.js';
import { headerOf, type PackageFile } from './format.js';
import {
  listDialoguesForExport,
  listEvaluationsOf,
  listIdeasOf,
  listOrganizationsForExport,
  listParticipantsOf,
  listVotesOf,
} from './queries.js';

export interface ExportOptions {
  /** Only these dialogues (and the organisations their participants belong to); all when absent. */
  dialogueIds?: number[];
  /** Open data: ids replaced by salted hashes, organisation names and comments left out, small cells blanked. */
  pseudonymise?: { salt: string; smallCell: number };
  onProgress?: (done: number, total: number) => void;
}

export interface ExportSummary {
  dialogues: number;
  organizations: number;
  participants: number;
  ideas: number;
  votes: number;
  evaluations: number;
}

/** The text an open-data package gives an idea hidden by moderation. */
export const hiddenIdeaText = '(idea oculta por moderación)';

/** A stable pseudonym: the same row gets the same hash in every export with the same salt. */
export function pseudonym(salt: string, kind: string, id: number): string {
  return createHash('sha256').update(`${salt}:${kind}:${id}`).digest('hex').slice(0, 16);
}

/**
 * Writes the package of FORMAT.md into a folder, one dialogue at a time so that memory stays
 * small. Producer ids come back as they were imported; rows created in Minga get `minga-…` ids,
 * and an id that would repeat within a file (the same package imported twice) is made unique.
 */
export async function exportPackage(
  ctx: Context,
  folder: string,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  fs.mkdirSync(folder, { recursive: true });
  const writer = (file: PackageFile) => new CsvFileWriter(path.join(folder, file), headerOf(file));
  const files = {
    dialogues: writer('dialogues.csv'),
    organizations: writer('organizations.csv'),
    participants: writer('participants.csv'),
    ideas: writer('ideas.csv'),
    votes: writer('votes.csv'),
    evaluations: writer('evaluations.csv'),
  };
  const secret = options.pseudonymise;
  const idFor = (used: Set<string>, kind: string, id: number, external: string | null) => {
    let chosen = secret ? pseudonym(secret.salt, kind, id) : external || `minga-${kind}-${id}`;
    if (used.has(chosen)) chosen = `minga-${kind}-${id}`;
    used.add(chosen);
    return chosen;
  };
  const used = {
    dialogue: new Set<string>(),
    organization: new Set<string>(),
    participant: new Set<string>(),
    idea: new Set<string>(),
  };

  const dialogues = await listDialoguesForExport(ctx.db, options.dialogueIds);
  const dialogueIds = dialogues.map((dialogue) => dialogue.id);
  const organizations = await listOrganizationsForExport(
    ctx.db,
    options.dialogueIds ? dialogueIds : undefined,
  );
  const organizationIds = new Map<number, string>();
  for (const organization of organizations) {
    const id = idFor(used.organization, 'organization', organization.id, organization.external_id);
    organizationIds.set(organization.id, id);
    await files.organizations.write([
      id,
      secret ? `Organización ${id.slice(0, 6)}` : organization.name,
      organization.kind,
      organization.region_code,
    ]);
  }

  let done = 0;
  for (const dialogue of dialogues) {
    const dialogueId = idFor(used.dialogue, 'dialogue', dialogue.id, dialogue.external_id);
    await files.dialogues.write([
      dialogueId,
      dialogue.region_code,
      dialogue.title,
      dialogue.date,
      dialogue.dots_per_participant,
      dialogue.max_dots_per_idea,
    ]);
    const participants = await listParticipantsOf(ctx.db, dialogue.id);
    const hidden = secret ? smallCells(participants, secret.smallCell) : new Set<string>();
    const participantIds = new Map<number, string>();
    for (const participant of participants) {
      const id = idFor(used.participant, 'participant', participant.id, participant.external_id);
      participantIds.set(participant.id, id);
      const blank = hidden.has(cellOf(participant));
      await files.participants.write([
        id,
        dialogueId,
        participant.organization_id === null ? null : organizationIds.get(participant.organization_id),
        blank ? null : participant.sector,
        blank ? null : participant.gender,
        blank ? null : participant.age_band,
      ]);
    }
    const ideas = await listIdeasOf(ctx.db, dialogue.id);
    const ideaIds = new Map<number, string>();
    for (const idea of ideas) ideaIds.set(idea.id, idFor(used.idea, 'idea', idea.id, idea.external_id));
    for (const idea of ideas) {
      await files.ideas.write([
        ideaIds.get(idea.id),
        dialogueId,
        // Open data counts a hidden idea (its dots stay in the figures) but never publishes its text.
        secret && idea.hidden_at !== null ? hiddenIdeaText : idea.text,
        idea.participant_id === null ? null : participantIds.get(idea.participant_id),
        idea.table_name,
        idea.merged_into_id === null ? null : ideaIds.get(idea.merged_into_id),
      ]);
    }
    for (const vote of await listVotesOf(ctx.db, dialogue.id)) {
      await files.votes.write([
        dialogueId,
        ideaIds.get(vote.idea_id),
        participantIds.get(vote.participant_id),
        vote.dots,
      ]);
    }
    for (const evaluation of await listEvaluationsOf(ctx.db, dialogue.id)) {
      await files.evaluations.write([
        dialogueId,
        participantIds.get(evaluation.participant_id),
        evaluation.rating,
        secret ? null : evaluation.comment,
      ]);
    }
    options.onProgress?.(++done, dialogues.length);
  }
  for (const file of Object.values(files)) await file.close();
  return {
    dialogues: files.dialogues.rows,
    organizations: files.organizations.rows,
    participants: files.participants.rows,
    ideas: files.ideas.rows,
    votes: files.votes.rows,
    evaluations: files.evaluations.rows,
  };
}

type Described = { sector: string | null; gender: string | null; age_band: string | null };
const cellOf = (participant: Described) =>
  `${participant.sector}|${participant.gender}|${participant.age_band}`;

/** The sector × gender × age cells of one dialogue with fewer than `minimum` people. */
function smallCells(participants: Described[], minimum: number): Set<string> {
  const counts = new Map<string, number>();
  for (const participant of participants)
    counts.set(cellOf(participant), (counts.get(cellOf(participant)) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count < minimum).map(([cell]) => cell));
}
