import { randomBytes } from 'node:crypto';
import type { StaffActor } from '../../platform/auth/actor.js';
import { type Change, commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import type { Locale } from '../../platform/errors/index.js';
import { describeDialect } from '../../platform/files/csv-reader.js';
import { textProblem } from '../../platform/http/input.js';
import { columnsOf, type PackageFile, vocabularies } from './format.js';
import { type ProblemKind, problemText } from './messages.js';
import { type BulkSink, listRegionCodes, sinkFor } from './queries.js';
import { type CsvRow, type PackageSource, readRows } from './source.js';

/** Longest text per column: the API's limits (dialogue title, organisation name, idea, table, comment). */
const cellLimits: Record<string, number> = {
  title: 200,
  name: 200,
  text: 500,
  table: 100,
  comment: 2000,
  default: 100,
};

export interface PackageProblem {
  file: PackageFile;
  line: number;
  column: string;
  message: string;
}

export interface ImportSummary {
  dialogues: number;
  organizations: number;
  participants: number;
  ideas: number;
  votes: number;
  evaluations: number;
  dialogueIds: number[];
  /** How each CSV file was read («separador «;», Windows-1252, coma decimal»), by file name. */
  detected: Record<string, string>;
}

export interface ImportOptions {
  locale: Locale;
  /** Called as bytes are read, with the file being read. */
  onProgress?: (file: PackageFile, bytes: number) => void;
  /** How many problems are kept in detail (the rest are only counted). */
  keepProblems?: number;
  /** Who imports (the audit's actor); null or absent for the CLI. */
  actor?: StaffActor | null;
  /** Runs inside the import's change once the package is stored (e.g. the audit entry). */
  afterStore?: (change: Change, summary: ImportSummary) => Promise<void>;
}

/** A package that breaks a rule: nothing was stored. */
export class PackageRefused extends Error {
  constructor(
    readonly problems: PackageProblem[],
    readonly total: number,
  ) {
    super(`package refused: ${total} problems`);
  }
}

export function formatProblem(problem: PackageProblem): string {
  return `${problem.file}:${problem.line}: ${problem.column}: ${problem.message}`;
}

const positiveInteger = /^[0-9]{1,9}$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Imports a package all or nothing, in one transaction: rows are written as they are read while
 * the package is clean; at the first problem writing stops, validation goes on to list every
 * problem, and the transaction is rolled back. Only compact maps of ids are kept in memory.
 */
export async function importPackage(
  ctx: Context,
  source: PackageSource,
  options: ImportOptions,
): Promise<ImportSummary> {
  const keep = options.keepProblems ?? 500;
  const problems: PackageProblem[] = [];
  let total = 0;
  const regions = new Set(await listRegionCodes(ctx.db));
  let summary: ImportSummary | undefined;
  // A larger page cache while the indexes grow; the connection's own setting is restored after.
  const cacheBefore = ctx.store.sqlite?.pragma('cache_size', { simple: true });
  ctx.store.sqlite?.pragma('cache_size = -131072');
  try {
    await importInTransaction();
  } finally {
    if (cacheBefore !== undefined) ctx.store.sqlite?.pragma(`cache_size = ${Number(cacheBefore)}`);
  }
  if (!summary) throw new Error('import ended without a summary');
  return summary;

  async function importInTransaction() {
    await commitChange(ctx, options.actor ?? null, async (trx, change) => {
      // A transaction retried after a deadlock reads the package again from the start.
      problems.length = 0;
      total = 0;
      const run = new ImportRun(sinkFor(ctx, trx), regions, options.locale, (problem) => {
        total++;
        if (problems.length < keep) problems.push(problem);
      });
      summary = await run.all(source, options.onProgress);
      // Throwing rolls the whole transaction back: nothing of a refused package is stored.
      if (total > 0) throw new PackageRefused(problems, total);
      if (summary && options.afterStore) await options.afterStore(change, summary);
    });
  }
}

class ImportRun {
  private clean = true;
  /** Files that could not be read to the end: references into them are not listed again. */
  private readonly broken = new Set<PackageFile>();
  private readonly stamp = now();
  // Dialogues
  private readonly dialogueIndex = new Map<string, number>();
  private readonly dialogueLine: number[] = [];
  private readonly dialogueExternal: string[] = [];
  private readonly budget: number[] = [];
  private readonly cap: number[] = [];
  // Organisations
  private readonly organizationIndex = new Map<string, number>();
  private readonly organizationLine: number[] = [];
  // Participants
  private readonly participantIndex = new Map<string, number>();
  private readonly participantLine: number[] = [];
  private readonly participantDialogue: number[] = [];
  private readonly participantExternal: string[] = [];
  // Ideas
  private readonly ideaIndex = new Map<string, number>();
  private readonly ideaLine: number[] = [];
  private readonly ideaDialogue: number[] = [];
  private readonly ideaExternal: string[] = [];
  private ideaFinal: Int32Array = new Int32Array(0);
  private readonly pendingMerges: Array<{ idea: number; target: string; line: number }> = [];
  private readonly tableIds = new Map<string, number>();
  private readonly tableCount: number[] = [];
  private counts = { votes: 0, evaluations: 0 };

  constructor(
    private readonly sink: BulkSink,
    private readonly regions: Set<string>,
    private readonly locale: Locale,
    private readonly report: (problem: PackageProblem) => void,
  ) {}

  private readonly detected: Record<string, string> = {};

  private problem(
    file: PackageFile,
    line: number,
    column: string,
    kind: ProblemKind,
    params: Record<string, string | number> = {},
  ) {
    this.clean = false;
    this.report({ file, line, column, message: problemText(kind, this.locale, params) });
  }

  async all(
    source: PackageSource,
    onProgress?: (file: PackageFile, bytes: number) => void,
  ): Promise<ImportSummary> {
    const read = async (file: PackageFile, each: (row: CsvRow) => Promise<void>, required = false) => {
      const stream = source.open(file);
      if (!stream) {
        if (required) this.problem(file, 1, '*', 'missing_file');
        return;
      }
      const rows = readRows(
        stream,
        file,
        (event) => {
          if (event.kind === 'missing_columns') {
            for (const column of event.columns) this.problem(file, 1, column, 'missing_column');
            this.broken.add(file);
          } else {
            this.broken.add(file);
            this.problem(file, event.line, '*', 'bad_csv', { detail: event.detail });
          }
        },
        onProgress && ((bytes) => onProgress(file, bytes)),
        (dialect) => {
          this.detected[file] = describeDialect(dialect);
        },
      );
      for await (const row of rows) {
        this.checkCells(file, row);
        await each(row);
      }
    };
    await read('dialogues.csv', (row) => this.dialogue(row), true);
    await this.sink.flush('dialogues');
    await read('organizations.csv', (row) => this.organization(row));
    await this.sink.flush('organizations');
    await read('participants.csv', (row) => this.participant(row));
    await this.sink.flush('participants');
    await read('ideas.csv', (row) => this.idea(row));
    await this.sink.flush('ideas');
    await this.resolveMerges();
    const spent = new Int32Array(this.participantLine.length);
    const onIdea = new Map<number, number>();
    await read('votes.csv', (row) => this.vote(row, spent, onIdea));
    await this.sink.flush('votes');
    const evaluated = new Map<number, number>();
    await read('evaluations.csv', (row) => this.evaluation(row, evaluated));
    await this.sink.flush('evaluations');
    return {
      dialogues: this.dialogueLine.length,
      organizations: this.organizationLine.length,
      participants: this.participantLine.length,
      ideas: this.ideaLine.length,
      votes: this.counts.votes,
      evaluations: this.counts.evaluations,
      dialogueIds: [...this.sink.ids('dialogues')],
      detected: this.detected,
    };
  }

  /** A required cell; reports it when empty. */
  /**
   * The same rule for text as the API's: the lengths of its schemas and no control or only-invisible
   * characters, so that a package cannot store what a phone or a form could not.
   */
  private checkCells(file: PackageFile, row: CsvRow) {
    const { required, optional } = columnsOf[file];
    for (const column of [...required, ...optional]) {
      const value = row.get(column);
      if (!value) continue;
      const max = cellLimits[column] ?? cellLimits.default;
      if (value.length > max) this.problem(file, row.line, column, 'too_long', { length: value.length, max });
      else if (textProblem(value)) this.problem(file, row.line, column, 'bad_text');
    }
  }

  private required(file: PackageFile, row: CsvRow, column: string): string {
    const value = row.get(column);
    if (!value) this.problem(file, row.line, column, 'required');
    return value;
  }

  private integer(file: PackageFile, row: CsvRow, column: string, required: boolean): number | null {
    const value = required ? this.required(file, row, column) : row.get(column);
    if (!value) return null;
    if (!positiveInteger.test(value) || Number(value) < 1) {
      this.problem(file, row.line, column, 'bad_integer', { value });
      return null;
    }
    return Number(value);
  }

  private word(
    file: PackageFile,
    row: CsvRow,
    column: keyof typeof vocabularies,
    cell = column,
  ): string | null {
    const value = row.get(cell);
    if (!value) return null;
    if (!vocabularies[column].has(value)) {
      this.problem(file, row.line, cell, 'bad_word', {
        value,
        allowed: [...vocabularies[column]].join(', '),
      });
      return null;
    }
    return value;
  }

  /** Registers a new producer id; reports a duplicate and returns false. */
  private unique(
    file: PackageFile,
    row: CsvRow,
    column: string,
    index: Map<string, number>,
    lines: number[],
  ) {
    const id = this.required(file, row, column);
    if (!id) return null;
    const seen = index.get(id);
    if (seen !== undefined) {
      this.problem(file, row.line, column, 'duplicate_id', { value: id, first: lines[seen] });
      return null;
    }
    index.set(id, lines.length);
    lines.push(row.line);
    return id;
  }

  private reference(
    file: PackageFile,
    row: CsvRow,
    column: string,
    index: Map<string, number>,
    target: PackageFile,
    required: boolean,
  ): number | null | undefined {
    const value = required ? this.required(file, row, column) : row.get(column);
    if (!value) return null;
    const found = index.get(value);
    if (found === undefined) {
      if (!this.broken.has(target))
        this.problem(file, row.line, column, 'unknown_reference', { value, file: target });
      return undefined;
    }
    return found;
  }

  private sameDialogue(file: PackageFile, row: CsvRow, column: string, dialogue: number, other: number) {
    if (dialogue === other) return true;
    // Its own dialogue was unknown: that problem is already listed on its own line.
    if (other < 0) return false;
    this.problem(file, row.line, column, 'other_dialogue', {
      value: row.get(column),
      other: this.dialogueExternal[other] ?? '',
    });
    return false;
  }

  private async dialogue(row: CsvRow) {
    const file = 'dialogues.csv';
    const id = this.unique(file, row, 'dialogue_id', this.dialogueIndex, this.dialogueLine);
    const region = this.required(file, row, 'region_code');
    if (region && !this.regions.has(region))
      this.problem(file, row.line, 'region_code', 'unknown_region', { value: region });
    const title = this.required(file, row, 'title');
    const date = this.required(file, row, 'date');
    if (date && !validDate(date)) this.problem(file, row.line, 'date', 'bad_date', { value: date });
    const dots = this.integer(file, row, 'dots_per_participant', true);
    const cap = this.integer(file, row, 'max_dots_per_idea', false);
    if (id === null) return;
    this.dialogueExternal.push(id);
    this.budget.push(dots ?? Number.MAX_SAFE_INTEGER);
    this.cap.push(cap ?? dots ?? Number.MAX_SAFE_INTEGER);
    this.tableCount.push(0);
    if (!this.clean) return;
    await this.sink.insert('dialogues', {
      region_code: region,
      title,
      date,
      venue: null,
      agenda: null,
      status: 'closed',
      phase: null,
      dots_per_participant: dots,
      max_dots_per_idea: cap ?? dots,
      join_code: `P${randomBytes(6).toString('hex').toUpperCase()}`,
      external_id: id,
      published_at: null,
      created_by: null,
      created_at: this.stamp,
      updated_at: this.stamp,
    });
  }

  private async organization(row: CsvRow) {
    const file = 'organizations.csv';
    const id = this.unique(file, row, 'organization_id', this.organizationIndex, this.organizationLine);
    const name = this.required(file, row, 'name');
    const kind = this.word(file, row, 'kind');
    const region = row.get('region_code');
    if (region && !this.regions.has(region))
      this.problem(file, row.line, 'region_code', 'unknown_region', { value: region });
    if (id === null || !this.clean) return;
    await this.sink.insert('organizations', {
      name,
      kind,
      region_code: region || null,
      external_id: id,
      created_at: this.stamp,
    });
  }

  private async participant(row: CsvRow) {
    const file = 'participants.csv';
    const id = this.unique(file, row, 'participant_id', this.participantIndex, this.participantLine);
    const dialogue = this.reference(file, row, 'dialogue_id', this.dialogueIndex, 'dialogues.csv', true);
    const organization = this.reference(
      file,
      row,
      'organization_id',
      this.organizationIndex,
      'organizations.csv',
      false,
    );
    const sector = this.word(file, row, 'sector');
    const gender = this.word(file, row, 'gender');
    const ageBand = this.word(file, row, 'age_band');
    if (id === null) return;
    this.participantDialogue.push(dialogue ?? -1);
    this.participantExternal.push(id);
    if (!this.clean || dialogue == null) return;
    await this.sink.insert('participants', {
      dialogue_id: this.sink.ids('dialogues')[dialogue],
      organization_id: organization == null ? null : this.sink.ids('organizations')[organization],
      sector,
      gender,
      age_band: ageBand,
      external_id: id,
      created_at: this.stamp,
    });
  }

  private async idea(row: CsvRow) {
    const file = 'ideas.csv';
    const id = this.unique(file, row, 'idea_id', this.ideaIndex, this.ideaLine);
    const dialogue = this.reference(file, row, 'dialogue_id', this.dialogueIndex, 'dialogues.csv', true);
    const text = this.required(file, row, 'text');
    let participant = this.reference(
      file,
      row,
      'participant_id',
      this.participantIndex,
      'participants.csv',
      false,
    );
    if (participant != null && dialogue != null) {
      if (!this.sameDialogue(file, row, 'participant_id', dialogue, this.participantDialogue[participant]))
        participant = undefined;
    }
    const table = row.get('table');
    const target = row.get('merged_into');
    if (id === null) return;
    const index = this.ideaDialogue.length;
    this.ideaDialogue.push(dialogue ?? -1);
    this.ideaExternal.push(id);
    if (target) this.pendingMerges.push({ idea: index, target, line: row.line });
    if (!this.clean || dialogue == null) return;
    await this.sink.insert('ideas', {
      dialogue_id: this.sink.ids('dialogues')[dialogue],
      question_id: null,
      table_id: table ? await this.tableId(dialogue, table) : null,
      participant_id: participant == null ? null : this.sink.ids('participants')[participant],
      text,
      source: 'import',
      merged_into_id: null,
      external_id: id,
      created_at: this.stamp,
      updated_at: this.stamp,
    });
  }

  /** A table (`mesa`) named in ideas.csv becomes a table of its dialogue, numbered by first appearance. */
  private async tableId(dialogue: number, name: string): Promise<number> {
    const key = `${dialogue}\u0000${name}`;
    const known = this.tableIds.get(key);
    if (known !== undefined) return known;
    this.tableCount[dialogue] += 1;
    await this.sink.insert('dialogue_tables', {
      dialogue_id: this.sink.ids('dialogues')[dialogue],
      number: this.tableCount[dialogue],
      name,
    });
    await this.sink.flush('dialogue_tables');
    const ids = this.sink.ids('dialogue_tables');
    const id = ids[ids.length - 1];
    this.tableIds.set(key, id);
    return id;
  }

  /** Resolves merged_into, refuses loops, and computes the end of every idea's merge chain. */
  private async resolveMerges() {
    const file = 'ideas.csv';
    const count = this.ideaDialogue.length;
    const next = new Int32Array(count).fill(-1);
    for (const merge of this.pendingMerges) {
      const target = this.ideaIndex.get(merge.target);
      if (target === undefined) {
        this.problem(file, merge.line, 'merged_into', 'unknown_reference', { value: merge.target, file });
        continue;
      }
      const dialogue = this.ideaDialogue[merge.idea];
      if (dialogue !== this.ideaDialogue[target]) {
        this.problem(file, merge.line, 'merged_into', 'other_dialogue', {
          value: merge.target,
          other: this.dialogueExternal[this.ideaDialogue[target]] ?? '',
        });
        continue;
      }
      next[merge.idea] = target;
    }
    // 0 unvisited, 1 on the current path, 2 resolved.
    const state = new Uint8Array(count);
    const final = new Int32Array(count);
    const path: number[] = [];
    for (let start = 0; start < count; start++) {
      if (state[start] === 2) continue;
      path.length = 0;
      let at = start;
      let end = -1;
      while (true) {
        if (state[at] === 2) {
          end = final[at];
          break;
        }
        if (state[at] === 1) {
          this.problem(file, this.ideaLine[start], 'merged_into', 'merge_loop', {
            value: this.ideaExternal[start],
          });
          end = at;
          break;
        }
        state[at] = 1;
        path.push(at);
        if (next[at] < 0) {
          end = at;
          break;
        }
        at = next[at];
      }
      for (const idea of path) {
        state[idea] = 2;
        final[idea] = end;
      }
    }
    this.ideaFinal = final;
    if (!this.clean) return;
    const ideaIds = this.sink.ids('ideas');
    const dialogueIds = this.sink.ids('dialogues');
    for (let idea = 0; idea < count; idea++) {
      if (next[idea] < 0) continue;
      await this.sink.update('ideas', ideaIds[idea], { merged_into_id: ideaIds[next[idea]] });
      await this.sink.insert('idea_merges', {
        dialogue_id: dialogueIds[this.ideaDialogue[idea]],
        source_idea_id: ideaIds[idea],
        target_idea_id: ideaIds[next[idea]],
        merged_by: null,
        merged_at: this.stamp,
        undone_at: null,
      });
    }
    await this.sink.flush('idea_merges');
  }

  private async vote(row: CsvRow, spent: Int32Array, onIdea: Map<number, number>) {
    const file = 'votes.csv';
    const dialogue = this.reference(file, row, 'dialogue_id', this.dialogueIndex, 'dialogues.csv', true);
    let idea = this.reference(file, row, 'idea_id', this.ideaIndex, 'ideas.csv', true);
    let participant = this.reference(
      file,
      row,
      'participant_id',
      this.participantIndex,
      'participants.csv',
      true,
    );
    const dots = this.integer(file, row, 'dots', true);
    if (dialogue == null) return;
    if (idea != null && !this.sameDialogue(file, row, 'idea_id', dialogue, this.ideaDialogue[idea]))
      idea = undefined;
    if (
      participant != null &&
      !this.sameDialogue(file, row, 'participant_id', dialogue, this.participantDialogue[participant])
    )
      participant = undefined;
    if (idea == null || participant == null || dots === null) return;
    const before = spent[participant];
    spent[participant] = before + dots;
    const budget = this.budget[dialogue];
    if (before <= budget && before + dots > budget)
      this.problem(file, row.line, 'dots', 'over_budget', {
        participant: this.participantExternal[participant],
        total: before + dots,
        budget,
      });
    const final = this.ideaFinal[idea];
    const key = participant * this.ideaDialogue.length + final;
    const held = onIdea.get(key) ?? 0;
    onIdea.set(key, held + dots);
    const cap = this.cap[dialogue];
    if (held <= cap && held + dots > cap)
      this.problem(file, row.line, 'dots', 'over_idea_cap', {
        participant: this.participantExternal[participant],
        idea: this.ideaExternal[final],
        total: held + dots,
        cap,
      });
    this.counts.votes++;
    if (!this.clean) return;
    await this.sink.addVote({
      dialogue_id: this.sink.ids('dialogues')[dialogue],
      participant_id: this.sink.ids('participants')[participant],
      idea_id: this.sink.ids('ideas')[idea],
      dots,
      updated_at: this.stamp,
    });
  }

  private async evaluation(row: CsvRow, evaluated: Map<number, number>) {
    const file = 'evaluations.csv';
    const dialogue = this.reference(file, row, 'dialogue_id', this.dialogueIndex, 'dialogues.csv', true);
    let participant = this.reference(
      file,
      row,
      'participant_id',
      this.participantIndex,
      'participants.csv',
      true,
    );
    const rating = this.required(file, row, 'rating') ? this.word(file, row, 'rating') : null;
    if (dialogue == null) return;
    if (
      participant != null &&
      !this.sameDialogue(file, row, 'participant_id', dialogue, this.participantDialogue[participant])
    )
      participant = undefined;
    if (participant == null) return;
    const first = evaluated.get(participant);
    if (first !== undefined) {
      this.problem(file, row.line, 'participant_id', 'second_evaluation', {
        value: this.participantExternal[participant],
        first,
      });
      return;
    }
    evaluated.set(participant, row.line);
    if (rating === null) return;
    this.counts.evaluations++;
    if (!this.clean) return;
    await this.sink.insert('evaluations', {
      dialogue_id: this.sink.ids('dialogues')[dialogue],
      participant_id: this.sink.ids('participants')[participant],
      rating,
      comment: row.get('comment') || null,
      created_at: this.stamp,
    });
  }
}
