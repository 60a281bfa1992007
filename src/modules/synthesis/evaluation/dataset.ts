import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { proposalCategories } from './categories.js';

/**
 * Labelled Spanish evaluation sets built from Decide Madrid (Ayuntamiento de Madrid's citizen
 * proposals and their comments, 2015–2019; ../shared/data/decide-madrid-2019, Apache-2.0), read in
 * place, in four shapes: long comments by thread, short comments and replies by thread, comments
 * by subject category, and whole proposals by subject category. The categories are in
 * categories.ts (the export has none).
 */
export interface LabelledText {
  id: string;
  text: string;
  label: string;
  dots: number;
}

export interface Corpus {
  name: string;
  /** What the texts are and what their label is, in Spanish. */
  description: string;
  licence: string;
  texts: LabelledText[];
}

export const datasetRule = {
  minimumCharacters: 80,
  minimumCommentsPerProposal: 45,
  maximumPerProposal: 60,
};

type Row = Record<string, string>;

export function decideMadridFolder(sharedDataDir: string): string {
  return path.join(sharedDataDir, 'decide-madrid-2019');
}

const cache = new Map<string, { proposals: Row[]; comments: Row[] }>();

function readDecideMadrid(sharedDataDir: string) {
  const folder = decideMadridFolder(sharedDataDir);
  let files = cache.get(folder);
  if (!files) {
    const read = (name: string) =>
      parse(fs.readFileSync(path.join(folder, name)), { columns: true }) as Row[];
    files = { proposals: read('proposals.csv'), comments: read('comments.csv') };
    cache.set(folder, files);
  }
  return files;
}

const dotsOf = (comment: Row) => Math.max(0, Number(comment.numPositiveVotes) || 0);

/**
 * Comments grouped by proposal: those `keep` accepts, proposals with at least `minimum` of them,
 * at most `maximum` per proposal (the earliest by id) so no single thread dominates.
 */
function commentsByProposal(
  sharedDataDir: string,
  keep: (comment: Row) => boolean,
  minimum: number,
  maximum: number,
  labelOf: (proposal: Row) => string,
): LabelledText[] {
  const { proposals, comments } = readDecideMadrid(sharedDataDir);
  const proposalById = new Map(proposals.map((row) => [row.id, row]));
  const byProposal = new Map<string, Row[]>();
  for (const comment of comments) {
    if (!proposalById.has(comment.proposalId) || !keep(comment)) continue;
    const list = byProposal.get(comment.proposalId) ?? [];
    list.push(comment);
    byProposal.set(comment.proposalId, list);
  }
  const result: LabelledText[] = [];
  const proposalIds = [...byProposal.keys()]
    .filter((id) => (byProposal.get(id)?.length ?? 0) >= minimum)
    .sort((a, b) => Number(a) - Number(b));
  for (const proposalId of proposalIds) {
    const chosen = (byProposal.get(proposalId) ?? [])
      .sort((a, b) => Number(a.id) - Number(b.id))
      .slice(0, maximum);
    const label = labelOf(proposalById.get(proposalId) as Row);
    for (const comment of chosen)
      result.push({ id: comment.id, text: comment.text, label, dots: dotsOf(comment) });
  }
  return result;
}

/**
 * Long comments by thread: every top-level comment (parentId = -1) of at least 80 characters,
 * from the proposals with at least 45 such comments (17 proposals), at most 60 per proposal; the
 * label is the proposal the citizen chose to write under. Replies are left out because they often
 * answer a person rather than the subject.
 */
export function loadDecideMadridComments(sharedDataDir: string): LabelledText[] {
  return commentsByProposal(
    sharedDataDir,
    (comment) => comment.parentId === '-1' && (comment.text ?? '').length >= datasetRule.minimumCharacters,
    datasetRule.minimumCommentsPerProposal,
    datasetRule.maximumPerProposal,
    (proposal) => proposal.title,
  );
}

/** Short comments and replies by thread: 20–120 characters, proposals with at least 30, at most 50 each. */
export function loadDecideMadridShortComments(sharedDataDir: string): LabelledText[] {
  return commentsByProposal(
    sharedDataDir,
    (comment) => {
      const length = (comment.text ?? '').trim().length;
      return length >= 20 && length <= 120;
    },
    30,
    50,
    (proposal) => proposal.title,
  );
}

/**
 * Comments by subject: top-level comments of at least 40 characters under every proposal, at most
 * 25 per proposal; the label is the proposal's category (11 categories), so one label gathers
 * several threads about one subject.
 */
export function loadDecideMadridCategoryComments(sharedDataDir: string): LabelledText[] {
  return commentsByProposal(
    sharedDataDir,
    (comment) => comment.parentId === '-1' && (comment.text ?? '').length >= 40,
    1,
    25,
    (proposal) => proposalCategories[proposal.id] ?? 'sin categoría',
  );
}

/** Whole proposals (title, summary and text) by subject category: 80 long texts, 11 categories. */
export function loadDecideMadridProposals(sharedDataDir: string): LabelledText[] {
  const { proposals } = readDecideMadrid(sharedDataDir);
  return proposals.map((proposal) => ({
    id: proposal.id,
    text: [proposal.title, proposal.summary, proposal.text].filter(Boolean).join('. '),
    label: proposalCategories[proposal.id] ?? 'sin categoría',
    dots: Math.max(0, Number(proposal.numSupports) || 0),
  }));
}

const licence = 'Decide Madrid 2015–2019, Ayuntamiento de Madrid; Apache-2.0 (decide-madrid-2019/LICENSE)';

/** Every evaluation set, in the order `npm run eval:themes` prints them. */
export function evaluationCorpora(sharedDataDir: string): Corpus[] {
  return [
    {
      name: 'comentarios largos por hilo',
      description: 'comentarios de ≥ 80 caracteres; etiqueta = la propuesta comentada',
      licence,
      texts: loadDecideMadridComments(sharedDataDir),
    },
    {
      name: 'comentarios cortos por hilo',
      description: 'comentarios y respuestas de 20–120 caracteres; etiqueta = la propuesta comentada',
      licence,
      texts: loadDecideMadridShortComments(sharedDataDir),
    },
    {
      name: 'comentarios por categoría',
      description:
        'comentarios de ≥ 40 caracteres de las 80 propuestas; etiqueta = categoría de la propuesta',
      licence,
      texts: loadDecideMadridCategoryComments(sharedDataDir),
    },
    {
      name: 'propuestas por categoría',
      description: 'título, resumen y texto de cada propuesta; etiqueta = su categoría',
      licence,
      texts: loadDecideMadridProposals(sharedDataDir),
    },
  ];
}
