import fs from 'node:fs';
import path from 'node:path';
import { adjustedRand } from './math/agreement.js';
import { computeOpinionGroups } from './math/engine.js';
import { readPolisModeratedOut, readPolisVotesCsv } from './polis-csv.js';

/** The Pol.is conversations kept beside the checkout (../shared/data/polis/<name>/). */
export const polisConversations = ['15-per-hour-seattle', 'brexit-consensus', 'scoop-hivemind.biodiversity'];

export interface ConversationAgreement {
  conversation: string;
  /** People both Pol.is and Minga put in a group, and those only one of them did. */
  compared: number;
  onlyPolis: number;
  onlyMinga: number;
  polisGroups: number;
  mingaGroups: number;
  adjustedRand: number;
  /** Share of compared people in the Minga group that matches their Pol.is group best. */
  agreement: number;
  /** The same with Minga held to Pol.is's number of groups. */
  adjustedRandAtPolisK: number;
  silhouettes: Record<number, number>;
}

/** Minga's groups against the `group-id` column of Pol.is's own export for one conversation. */
export function compareWithPolis(folder: string, conversation: string): ConversationAgreement {
  const votesFile = path.join(folder, 'participants-votes.csv');
  const data = readPolisVotesCsv(fs.readFileSync(votesFile), votesFile);
  const commentsFile = path.join(folder, 'comments.csv');
  const moderated = fs.existsSync(commentsFile)
    ? readPolisModeratedOut(fs.readFileSync(commentsFile), commentsFile)
    : new Set<string>();
  const excluded = new Set<number>();
  data.statementIds.forEach((id, index) => {
    if (moderated.has(id)) excluded.add(index);
  });
  const polisGroups = new Set(data.groupIds.filter((id) => id !== null)).size;
  const score = (groups?: number) => {
    const result = computeOpinionGroups(data.matrix, { excluded, groups });
    const truth: string[] = [];
    const found: number[] = [];
    let onlyPolis = 0;
    let onlyMinga = 0;
    data.groupIds.forEach((polis, row) => {
      const minga = result.groupOf[row];
      if (polis !== null && minga >= 0) {
        truth.push(polis);
        found.push(minga);
      } else if (polis !== null) onlyPolis += 1;
      else if (minga >= 0) onlyMinga += 1;
    });
    return { result, truth, found, onlyPolis, onlyMinga, ari: adjustedRand(truth, found) };
  };
  const free = score();
  const held = free.result.k === polisGroups ? free : score(polisGroups);
  return {
    conversation,
    compared: free.truth.length,
    onlyPolis: free.onlyPolis,
    onlyMinga: free.onlyMinga,
    polisGroups,
    mingaGroups: free.result.k,
    adjustedRand: free.ari,
    agreement: matchedShare(free.truth, free.found),
    adjustedRandAtPolisK: held.ari,
    silhouettes: free.result.silhouettes,
  };
}

/** Each Minga group matched to the Pol.is group most of its people are in; share so matched. */
function matchedShare(truth: string[], found: number[]): number {
  const cells = new Map<number, Map<string, number>>();
  truth.forEach((label, index) => {
    const row = cells.get(found[index]) ?? new Map<string, number>();
    row.set(label, (row.get(label) ?? 0) + 1);
    cells.set(found[index], row);
  });
  let matched = 0;
  for (const row of cells.values()) matched += Math.max(...row.values());
  return truth.length ? matched / truth.length : 1;
}

export function formatAgreement(rows: ConversationAgreement[]): string {
  const lines = ['conversación | comparados | grupos Pol.is/Minga | ARI | acuerdo | ARI con k de Pol.is'];
  for (const row of rows) {
    lines.push(
      `${row.conversation} | ${row.compared} (+${row.onlyPolis} solo Pol.is, +${row.onlyMinga} solo Minga) | ${row.polisGroups}/${row.mingaGroups} | ${row.adjustedRand.toFixed(3)} | ${(row.agreement * 100).toFixed(1)} % | ${row.adjustedRandAtPolisK.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}
