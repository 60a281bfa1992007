import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Context } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';

/** Every SQL statement of the data package, the bulk writes of the import included (at the end). */
export async function listRegionCodes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('regions').select('code').execute();
  return rows.map((row) => row.code);
}

export async function listDialoguesForExport(db: Db, dialogueIds?: number[]) {
  let query = db
    .selectFrom('dialogues')
    .select([
      'id',
      'external_id',
      'region_code',
      'title',
      'date',
      'dots_per_participant',
      'max_dots_per_idea',
    ])
    .orderBy('id');
  if (dialogueIds) query = query.where('id', 'in', dialogueIds.length ? dialogueIds : [-1]);
  return query.execute();
}

export async function listOrganizationsForExport(db: Db, dialogueIds?: number[]) {
  let query = db
    .selectFrom('organizations')
    .select(['id', 'external_id', 'name', 'kind', 'region_code'])
    .orderBy('id');
  if (dialogueIds)
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('participants')
        .select('organization_id')
        .where('dialogue_id', 'in', dialogueIds.length ? dialogueIds : [-1])
        .where('organization_id', 'is not', null)
        .$narrowType<{ organization_id: number }>(),
    );
  return query.execute();
}

export async function listParticipantsOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('participants')
    .select(['id', 'external_id', 'organization_id', 'sector', 'gender', 'age_band'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function listIdeasOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('ideas')
    .leftJoin('dialogue_tables', 'dialogue_tables.id', 'ideas.table_id')
    .select([
      'ideas.id',
      'ideas.external_id',
      'ideas.text',
      'ideas.participant_id',
      'ideas.merged_into_id',
      'ideas.hidden_at',
      'dialogue_tables.name as table_name',
    ])
    .where('ideas.dialogue_id', '=', dialogueId)
    .orderBy('ideas.id')
    .execute();
}

export async function listVotesOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('votes')
    .select(['participant_id', 'idea_id', 'dots'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('participant_id')
    .orderBy('idea_id')
    .execute();
}

export async function listEvaluationsOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('evaluations')
    .select(['participant_id', 'rating', 'comment'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function countDialogues(db: Db): Promise<number> {
  const row = await db
    .selectFrom('dialogues')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

type Row = Record<string, string | number | null>;

/**
 * Bulk writes inside the import's transaction. On SQLite each row goes through one prepared
 * statement (better-sqlite3 is synchronous, so ids are known at once); on PostgreSQL rows are sent
 * in multi-row batches and ids come back at `flush`. Either way `ids(table)` lists the new ids in
 * insertion order once the table is flushed.
 */
export interface BulkSink {
  insert(table: string, row: Row): Promise<void>;
  /** Adds dots to a vote, or creates it: the same person may give dots to one idea on several rows. */
  addVote(row: Row): Promise<void>;
  update(table: string, id: number, values: Row): Promise<void>;
  flush(table: string): Promise<void>;
  ids(table: string): number[];
}

const withIds = new Set([
  'dialogues',
  'organizations',
  'participants',
  'ideas',
  'dialogue_tables',
  'evaluations',
  'idea_merges',
]);

export function sqliteSink(sqlite: SQLite.Database): BulkSink {
  const statements = new Map<string, SQLite.Statement>();
  const idLists = new Map<string, number[]>();
  const statement = (key: string, build: () => string) => {
    let found = statements.get(key);
    if (!found) {
      found = sqlite.prepare(build());
      statements.set(key, found);
    }
    return found;
  };
  // Positional parameters: a table's rows always come with the same columns in the same order.
  const insertSql = (table: string, columns: string[]) =>
    `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;
  return {
    async insert(table, row) {
      const result = statement(table, () => insertSql(table, Object.keys(row))).run(Object.values(row));
      if (withIds.has(table)) listOf(idLists, table).push(Number(result.lastInsertRowid));
    },
    async addVote(row) {
      statement(
        'votes+',
        () =>
          `${insertSql('votes', Object.keys(row))} on conflict (participant_id, idea_id) do update set dots = votes.dots + excluded.dots`,
      ).run(Object.values(row));
    },
    async update(table, id, values) {
      const columns = Object.keys(values);
      statement(
        `update ${table}:${columns.join(',')}`,
        () =>
          `update ${table} set ${columns.map((column) => `${column} = @${column}`).join(', ')} where id = @id`,
      ).run({ ...values, id });
    },
    async flush() {},
    ids: (table) => listOf(idLists, table),
  };
}

export function postgresSink(db: Db): BulkSink {
  // biome-ignore lint/suspicious/noExplicitAny: table names are dynamic here; the importer checks the rows.
  const anyDb = db as unknown as Kysely<any>;
  const buffers = new Map<string, Row[]>();
  const idLists = new Map<string, number[]>();
  let votes = new Map<string, Row>();
  const batchRows = (row: Row) => Math.max(1, Math.floor(30000 / Object.keys(row).length));
  const flushTable = async (table: string) => {
    const rows = buffers.get(table) ?? [];
    if (!rows.length) return;
    buffers.set(table, []);
    if (withIds.has(table)) {
      // Rows of one multi-row VALUES insert come back in their order.
      const inserted = await anyDb.insertInto(table).values(rows).returning('id').execute();
      listOf(idLists, table).push(...inserted.map((row) => Number(row.id)));
    } else {
      await anyDb.insertInto(table).values(rows).execute();
    }
  };
  const flushVotes = async () => {
    const rows = [...votes.values()];
    votes = new Map();
    if (!rows.length) return;
    await anyDb
      .insertInto('votes')
      .values(rows)
      .onConflict((conflict) =>
        conflict.columns(['participant_id', 'idea_id']).doUpdateSet((eb) => ({
          dots: eb('votes.dots', '+', eb.ref('excluded.dots')),
        })),
      )
      .execute();
  };
  return {
    async insert(table, row) {
      const rows = buffers.get(table) ?? [];
      buffers.set(table, rows);
      rows.push(row);
      if (rows.length >= batchRows(row)) await flushTable(table);
    },
    async addVote(row) {
      // One statement may not touch a row twice: repeated pairs are summed in the batch first.
      const key = `${row.participant_id}:${row.idea_id}`;
      const previous = votes.get(key);
      if (previous) previous.dots = Number(previous.dots) + Number(row.dots);
      else votes.set(key, { ...row });
      if (votes.size >= batchRows(row)) await flushVotes();
    },
    async update(table, id, values) {
      await anyDb.updateTable(table).set(values).where('id', '=', id).execute();
    },
    async flush(table) {
      if (table === 'votes') await flushVotes();
      else await flushTable(table);
    },
    ids: (table) => listOf(idLists, table),
  };
}

export function sinkFor(ctx: Context, trx: Db): BulkSink {
  return ctx.dialect === 'sqlite' && ctx.store.sqlite ? sqliteSink(ctx.store.sqlite) : postgresSink(trx);
}

function listOf(lists: Map<string, number[]>, table: string): number[] {
  let list = lists.get(table);
  if (!list) {
    list = [];
    lists.set(table, list);
  }
  return list;
}
