import type SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { countAll, type Db, forUpdate } from '../../platform/db/index.js';
import type { DialoguePhase, DialogueStatus } from '../../platform/db/schema.js';

/** Locks the participant's row until the transaction ends: their dots change one request at a time. */
export async function lockParticipants(db: Db, participantIds: number[]) {
  if (!participantIds.length) return;
  // In id order, so that two transactions locking several participants cannot deadlock.
  const sorted = [...new Set(participantIds)].sort((a, b) => a - b);
  await forUpdate(
    db,
    db.selectFrom('participants').select('id').where('id', 'in', sorted).orderBy('id'),
  ).execute();
}

/** Every stored vote of a dialogue. */
export async function votesOfDialogue(db: Db, dialogueId: number) {
  return db
    .selectFrom('votes')
    .select(['participant_id', 'idea_id', 'dots'])
    .where('dialogue_id', '=', dialogueId)
    .execute();
}

export async function votesOfParticipant(db: Db, participantId: number) {
  return db
    .selectFrom('votes')
    .select(['idea_id', 'dots'])
    .where('participant_id', '=', participantId)
    .execute();
}

export async function votesOnIdeas(db: Db, ideaIds: number[]) {
  if (!ideaIds.length) return [];
  return db
    .selectFrom('votes')
    .select(['participant_id', 'idea_id', 'dots'])
    .where('idea_id', 'in', ideaIds)
    .orderBy('participant_id')
    .orderBy('idea_id')
    .execute();
}

/** Sets a participant's dots on one idea; zero removes the row. */
export async function setVote(
  db: Db,
  dialogueId: number,
  participantId: number,
  ideaId: number,
  dots: number,
  at: string,
) {
  if (dots <= 0) {
    await db
      .deleteFrom('votes')
      .where('participant_id', '=', participantId)
      .where('idea_id', '=', ideaId)
      .execute();
    return;
  }
  await db
    .insertInto('votes')
    .values({ dialogue_id: dialogueId, participant_id: participantId, idea_id: ideaId, dots, updated_at: at })
    .onConflict((conflict) =>
      conflict.columns(['participant_id', 'idea_id']).doUpdateSet({ dots, updated_at: at }),
    )
    .execute();
}

/** Dots stored on each idea of these dialogues (before following merges), one row per idea. */
export async function dotsInDialogues(db: Db, dialogueIds: number[]) {
  if (!dialogueIds.length) return [];
  return db
    .selectFrom('votes')
    .select(['idea_id', (eb) => eb.fn.sum<number>('dots').as('dots')])
    .where('dialogue_id', 'in', dialogueIds)
    .groupBy('idea_id')
    .execute();
}

/** Dots stored on each idea of a dialogue (before following merges). */
export async function dotsByIdea(db: Db, dialogueId: number) {
  const rows = await dotsInDialogues(db, [dialogueId]);
  return new Map(rows.map((row) => [row.idea_id, Number(row.dots)]));
}

/** Dots spent in the dialogue and how many participants spent their whole budget. */
export async function spending(db: Db, dialogueId: number, budget: number) {
  const perParticipant = db
    .selectFrom('votes')
    .select((eb) => ['participant_id', eb.fn.sum<number>('dots').as('spent')])
    .where('dialogue_id', '=', dialogueId)
    .groupBy('participant_id')
    .as('p');
  const row = await db
    .selectFrom(perParticipant)
    .select((eb) => [
      eb.fn.sum<number>('p.spent').as('spent'),
      eb.fn.sum<number>(eb.case().when('p.spent', '>=', budget).then(1).else(0).end()).as('done'),
    ])
    .executeTakeFirst();
  return { dotsSpent: Number(row?.spent ?? 0), participantsDone: Number(row?.done ?? 0) };
}

export async function countParticipants(db: Db, dialogueId: number): Promise<number> {
  const row = await db
    .selectFrom('participants')
    .select(countAll().as('n'))
    .where('dialogue_id', '=', dialogueId)
    .where('erased_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------------------------------------
// The batch's hot path (VoteQueue): the fewest statements each store allows. On SQLite, prepared
// statements run on the raw handle inside the batch's transaction (one connection: Kysely's
// transaction is the handle's), a point lookup or write each; on PostgreSQL, array parameters and
// one statement for all the batch's writes, since every round trip costs the server CPU.

/** What a batch checks its votes against, read with the dialogue's row locked (PostgreSQL). */
export interface BatchRoom {
  status: DialogueStatus;
  phase: DialoguePhase | null;
  dots_per_participant: number;
  max_dots_per_idea: number;
}

export interface BatchVoter {
  id: number;
  dialogue_id: number;
  device_token_hash: string;
}

export interface BatchAction {
  participant_id: number;
  client_key: string;
  idea_id: number;
  delta: number;
  result_json: string;
}

export interface BatchWrites {
  /** Final dots per (participant, idea): above zero kept, zero removed. */
  votes: Array<{ participantId: number; ideaId: number; dots: number }>;
  actions: BatchAction[];
  at: string;
}

/** The batch's event, stored with its writes. */
export interface BatchEvent {
  type: string;
  payloadJson: string;
}

export interface BatchSql {
  /** Locks the dialogue's row (batches, merges and phase changes of one dialogue run in turn). */
  room(dialogueId: number): Promise<BatchRoom | undefined>;
  /**
   * Read after the lock: the dialogue's last event (no change to its dots can come after it), the
   * voters still present (not erased; their rows locked in id order) and the stored answers for
   * these (participant, key) pairs.
   */
  read(
    dialogueId: number,
    participantIds: number[],
    pairs: Array<{ participantId: number; clientKey: string }>,
  ): Promise<{ lastEventId: number; voters: BatchVoter[]; actions: BatchAction[] }>;
  /** Writes the batch and its event (when it changed anything); gives the event's id. */
  write(dialogueId: number, writes: BatchWrites, event: BatchEvent | undefined): Promise<number | undefined>;
}

const roomColumns = 'status, phase, dots_per_participant, max_dots_per_idea';

class SqliteBatch implements BatchSql {
  private readonly statements: ReturnType<typeof prepareSqliteBatch>;
  constructor(handle: SQLite.Database) {
    let statements = sqliteStatements.get(handle);
    if (!statements) {
      statements = prepareSqliteBatch(handle);
      sqliteStatements.set(handle, statements);
    }
    this.statements = statements;
  }
  async room(dialogueId: number) {
    return this.statements.room.get(dialogueId) as BatchRoom | undefined;
  }
  async read(
    dialogueId: number,
    participantIds: number[],
    pairs: Array<{ participantId: number; clientKey: string }>,
  ) {
    const lastEventId = (this.statements.lastEvent.get(dialogueId) as { last: number }).last;
    const voters: BatchVoter[] = [];
    for (const id of new Set(participantIds)) {
      const row = this.statements.voter.get(id) as BatchVoter | undefined;
      if (row) voters.push(row);
    }
    const actions: BatchAction[] = [];
    for (const pair of pairs) {
      const row = this.statements.action.get(pair.participantId, pair.clientKey) as BatchAction | undefined;
      if (row) actions.push(row);
    }
    return { lastEventId, voters, actions };
  }
  async write(dialogueId: number, { votes, actions, at }: BatchWrites, event: BatchEvent | undefined) {
    for (const vote of votes) {
      if (vote.dots > 0)
        this.statements.upsert.run(dialogueId, vote.participantId, vote.ideaId, vote.dots, at);
      else this.statements.remove.run(vote.participantId, vote.ideaId);
    }
    for (const action of actions)
      this.statements.act.run(
        action.participant_id,
        action.client_key,
        action.idea_id,
        action.delta,
        action.result_json,
        at,
      );
    if (!event) return undefined;
    return Number(this.statements.event.run(dialogueId, event.type, event.payloadJson, at).lastInsertRowid);
  }
}

const sqliteStatements = new WeakMap<SQLite.Database, ReturnType<typeof prepareSqliteBatch>>();

function prepareSqliteBatch(handle: SQLite.Database) {
  return {
    room: handle.prepare(`SELECT ${roomColumns} FROM dialogues WHERE id = ?`),
    lastEvent: handle.prepare(
      'SELECT coalesce(max(id), 0) AS last FROM dialogue_events WHERE dialogue_id = ?',
    ),
    voter: handle.prepare(
      'SELECT id, dialogue_id, device_token_hash FROM participants WHERE id = ? AND erased_at IS NULL',
    ),
    action: handle.prepare(
      'SELECT participant_id, client_key, idea_id, delta, result_json FROM vote_actions WHERE participant_id = ? AND client_key = ?',
    ),
    upsert: handle.prepare(
      'INSERT INTO votes (dialogue_id, participant_id, idea_id, dots, updated_at) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (participant_id, idea_id) DO UPDATE SET dots = excluded.dots, updated_at = excluded.updated_at',
    ),
    remove: handle.prepare('DELETE FROM votes WHERE participant_id = ? AND idea_id = ?'),
    act: handle.prepare(
      'INSERT INTO vote_actions (participant_id, client_key, idea_id, delta, result_json, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    event: handle.prepare(
      'INSERT INTO dialogue_events (dialogue_id, type, payload_json, created_at) VALUES (?, ?, ?, ?)',
    ),
  };
}

class PostgresBatch implements BatchSql {
  constructor(private readonly trx: Db) {}
  async room(dialogueId: number) {
    const { rows } = await sql<BatchRoom>`
      SELECT status, phase, dots_per_participant, max_dots_per_idea FROM dialogues
      WHERE id = ${dialogueId} FOR NO KEY UPDATE`.execute(this.trx);
    return rows[0];
  }
  async read(
    dialogueId: number,
    participantIds: number[],
    pairs: Array<{ participantId: number; clientKey: string }>,
  ) {
    const ids = [...new Set(participantIds)].sort((a, b) => a - b);
    // One statement, begun after the dialogue's lock was taken: its snapshot holds every change to
    // the dialogue's dots (they all take that lock), so the last event it sees is the last one.
    const { rows } = await sql<{ last_event_id: number; voters: BatchVoter[]; actions: BatchAction[] }>`
      WITH voters AS (
        SELECT id, dialogue_id, device_token_hash FROM participants
        WHERE id = ANY(${ids}::int[]) AND erased_at IS NULL ORDER BY id FOR UPDATE
      ), actions AS (
        SELECT a.participant_id, a.client_key, a.idea_id, a.delta, a.result_json
        FROM vote_actions a
        JOIN unnest(${pairs.map((pair) => pair.participantId)}::int[], ${pairs.map((pair) => pair.clientKey)}::text[])
          AS wanted(participant_id, client_key)
          ON a.participant_id = wanted.participant_id AND a.client_key = wanted.client_key
      )
      SELECT
        (SELECT coalesce(max(id), 0)::int FROM dialogue_events WHERE dialogue_id = ${dialogueId}) AS last_event_id,
        (SELECT coalesce(json_agg(voters), '[]'::json) FROM voters) AS voters,
        (SELECT coalesce(json_agg(actions), '[]'::json) FROM actions) AS actions`.execute(this.trx);
    const row = rows[0];
    return { lastEventId: row.last_event_id, voters: row.voters, actions: row.actions };
  }
  async write(dialogueId: number, { votes, actions, at }: BatchWrites, event: BatchEvent | undefined) {
    if (!votes.length && !actions.length && !event) return undefined;
    const kept = votes.filter((vote) => vote.dots > 0);
    const gone = votes.filter((vote) => vote.dots <= 0);
    // One statement: data-modifying CTEs all run, each on rows the others do not touch.
    const { rows } = await sql<{ event_id: number | null }>`
      WITH kept AS (
        INSERT INTO votes (dialogue_id, participant_id, idea_id, dots, updated_at)
        SELECT ${dialogueId}::int, p, i, d, ${at}::text
        FROM unnest(${kept.map((v) => v.participantId)}::int[], ${kept.map((v) => v.ideaId)}::int[],
                    ${kept.map((v) => v.dots)}::int[]) AS k(p, i, d)
        ON CONFLICT (participant_id, idea_id) DO UPDATE SET dots = excluded.dots, updated_at = excluded.updated_at
        RETURNING 1
      ), gone AS (
        DELETE FROM votes v
        USING unnest(${gone.map((v) => v.participantId)}::int[], ${gone.map((v) => v.ideaId)}::int[]) AS g(p, i)
        WHERE v.participant_id = g.p AND v.idea_id = g.i
        RETURNING 1
      ), acted AS (
        INSERT INTO vote_actions (participant_id, client_key, idea_id, delta, result_json, created_at)
        SELECT p, k, i, d, r, ${at}::text
        FROM unnest(${actions.map((a) => a.participant_id)}::int[], ${actions.map((a) => a.client_key)}::text[],
                    ${actions.map((a) => a.idea_id)}::int[], ${actions.map((a) => a.delta)}::int[],
                    ${actions.map((a) => a.result_json)}::text[]) AS x(p, k, i, d, r)
        RETURNING 1
      ), event AS (
        INSERT INTO dialogue_events (dialogue_id, type, payload_json, created_at)
        SELECT ${dialogueId}::int, ${event?.type ?? ''}::text, ${event?.payloadJson ?? ''}::text, ${at}::text
        WHERE ${event !== undefined}::boolean
        RETURNING id
      )
      SELECT (SELECT id FROM event) AS event_id,
        (SELECT count(*) FROM kept) + (SELECT count(*) FROM gone) + (SELECT count(*) FROM acted) AS written`.execute(
      this.trx,
    );
    return rows[0].event_id ?? undefined;
  }
}

/** The batch's statements for this transaction: `sqliteHandle` is the store's raw handle on SQLite. */
export function batchSql(trx: Db, sqliteHandle: SQLite.Database | undefined): BatchSql {
  return sqliteHandle ? new SqliteBatch(sqliteHandle) : new PostgresBatch(trx);
}

/** Just what merge chains need: a dialogue's ideas as links (`chains.ts` finds where each one's dots count). */
export async function chainLinks(db: Db, dialogueId: number) {
  return db
    .selectFrom('ideas')
    .select(['id', 'merged_into_id', 'hidden_at'])
    .where('dialogue_id', '=', dialogueId)
    .execute();
}
