import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * A labelled Spanish evaluation set built from Decide Madrid (Ayuntamiento de Madrid's citizen
 * proposals, 2015–2019; ../shared/data/decide-madrid-2019, Apache-2.0), read in place.
 *
 * proposals.csv has no category column, so the human label of a text is the proposal whose thread
 * a citizen chose to write it in: every top-level comment (parentId = -1) of at least 80
 * characters, from the proposals with at least 45 such comments (17 proposals), at most 60 per
 * proposal (the earliest by id) so no single thread dominates. Replies are left out because they
 * often answer a person rather than the subject.
 */
export interface LabelledText {
  id: string;
  text: string;
  label: string;
  dots: number;
}

export const datasetRule = {
  minimumCharacters: 80,
  minimumCommentsPerProposal: 45,
  maximumPerProposal: 60,
};

export function decideMadridFolder(sharedDataDir: string): string {
  return path.join(sharedDataDir, 'decide-madrid-2019');
}

export function loadDecideMadridComments(sharedDataDir: string): LabelledText[] {
  const folder = decideMadridFolder(sharedDataDir);
  const proposals = parse(fs.readFileSync(path.join(folder, 'proposals.csv')), { columns: true }) as Array<
    Record<string, string>
  >;
  const comments = parse(fs.readFileSync(path.join(folder, 'comments.csv')), { columns: true }) as Array<
    Record<string, string>
  >;
  const titles = new Map(proposals.map((row) => [row.id, row.title]));
  const byProposal = new Map<string, Array<Record<string, string>>>();
  for (const comment of comments) {
    if (comment.parentId !== '-1' || (comment.text ?? '').length < datasetRule.minimumCharacters) continue;
    if (!titles.has(comment.proposalId)) continue;
    const list = byProposal.get(comment.proposalId) ?? [];
    list.push(comment);
    byProposal.set(comment.proposalId, list);
  }
  const result: LabelledText[] = [];
  const proposalIds = [...byProposal.keys()]
    .filter((id) => (byProposal.get(id)?.length ?? 0) >= datasetRule.minimumCommentsPerProposal)
    .sort((a, b) => Number(a) - Number(b));
  for (const proposalId of proposalIds) {
    const chosen = (byProposal.get(proposalId) ?? [])
      .sort((a, b) => Number(a.id) - Number(b.id))
      .slice(0, datasetRule.maximumPerProposal);
    for (const comment of chosen) {
      result.push({
        id: comment.id,
        text: comment.text,
        label: titles.get(proposalId) ?? proposalId,
        dots: Math.max(0, Number(comment.numPositiveVotes) || 0),
      });
    }
  }
  return result;
}
