import type { ParticipantActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError, refusal } from '../../platform/errors/index.js';
import { wrongPhase } from '../dialogues/index.js';
import { changeWithEvents, type Stored } from '../live/index.js';
import { applyVote, type BallotRules, type VoteResult } from './ballot.js';
import { type BatchAction, type BatchSql, type BatchWrites, batchSql } from './queries.js';
import { finalState, type RoomState, RoomStates } from './room-state.js';
import type { VoteInput } from './schema.js';
import { votesChangedPayload } from './tally.js';

interface Pending {
  participant: ParticipantActor;
  input: VoteInput;
  resolve: (result: VoteResult) => void;
  reject: (error: unknown) => void;
}

/** Votes answered from one transaction: a result, or the refusal of that vote alone. */
type Outcome = { result: VoteResult } | { error: unknown };

// Large enough to make one commit serve a burst, small enough to keep the statements' parameter
// lists well under SQLite's and PostgreSQL's limits and a lock held for milliseconds.
const maxBatch = 400;

/**
 * Group commit for votes. Every vote that arrives while the previous batch is being written waits
 * for the next one, and each batch is one transaction (one fsync on SQLite, one commit on
 * PostgreSQL): the rules are checked vote by vote in memory, in arrival order, against state read
 * under the same locks as a single vote would take, and a vote is acknowledged only after the
 * commit that holds it. A refused vote is answered with its own error and does not touch the others.
 */
export class VoteQueue {
  private waiting: Pending[] = [];
  private scheduled = false;
  private inFlight = 0;
  /** Waiting (at most a millisecond) for the phones just answered to send their next votes. */
  private gathering: NodeJS.Timeout | undefined;
  private gatherTarget = 0;
  /**
   * Batches written at the same time: one on SQLite (one writer, and a batch never waits on the
   * network); on PostgreSQL a few, so that several dialogues' batches (each dialogue's in turn, see
   * voteInDialogue) go on together.
   */
  private readonly parallel: number;
  /**
   * Dialogues with a batch being written. A dialogue's next batch waits for it instead of going on
   * in parallel: it would only wait for the dialogue's lock, having split the room's votes into
   * smaller batches that each pay a transaction.
   */
  private readonly writing = new Set<number>();
  /** Each live dialogue's chains, dots and tally (see RoomStates). */
  private readonly states = new RoomStates();

  constructor(private readonly ctx: Context) {
    this.parallel = ctx.dialect === 'postgres' ? 3 : 1;
  }

  submit(participant: ParticipantActor, input: VoteInput): Promise<VoteResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ participant, input, resolve, reject });
      if (this.gathering && this.waiting.length >= this.gatherTarget) {
        clearTimeout(this.gathering);
        this.gathering = undefined;
      }
      this.schedule();
    });
  }

  // After the current turn of the event loop: every request read from the sockets in this turn joins
  // the batch (SQLite runs synchronously, so starting at once would mean batches of one).
  private schedule() {
    if (this.scheduled || this.gathering) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump() {
    while (this.waiting.length && this.inFlight < this.parallel) {
      const batch: Pending[] = [];
      const later: Pending[] = [];
      for (const pending of this.waiting) {
        if (batch.length < maxBatch && !this.writing.has(pending.participant.dialogueId)) batch.push(pending);
        else later.push(pending);
      }
      if (!batch.length) return;
      this.waiting = later;
      const dialogues = new Set(batch.map((pending) => pending.participant.dialogueId));
      for (const dialogueId of dialogues) this.writing.add(dialogueId);
      this.inFlight += 1;
      this.settle(batch).finally(() => {
        this.inFlight -= 1;
        for (const dialogueId of dialogues) this.writing.delete(dialogueId);
        // The phones just answered send their next votes within a fraction of a millisecond; when
        // fewer are waiting than were just answered, waiting for them (1 ms at most) lets one commit
        // (one fsync) serve them all instead of two.
        if (batch.length >= 8 && this.waiting.length < batch.length / 2 && !this.gathering) {
          this.gatherTarget = Math.ceil(batch.length * 0.8);
          this.gathering = setTimeout(() => {
            this.gathering = undefined;
            this.schedule();
          }, 1);
        } else if (this.waiting.length) this.schedule();
      });
    }
  }

  /**
   * Writes a batch and answers each vote. When the transaction itself fails (not a refused vote:
   * a database error), the batch is split in halves and each written again, down to the one vote
   * that fails, which alone gets the error: one bad vote never fails another's.
   */
  private async settle(batch: Pending[]): Promise<void> {
    let written: Awaited<ReturnType<VoteQueue['write']>>;
    try {
      // A deadlock or serialisation conflict is retried inside (inTransaction).
      written = await this.write(batch);
    } catch (error) {
      this.states.rolledBack(new Set(batch.map((pending) => pending.participant.dialogueId)));
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      const middle = Math.ceil(batch.length / 2);
      await this.settle(batch.slice(0, middle));
      await this.settle(batch.slice(middle));
      return;
    }
    // Committed: the states this batch moved are right again.
    this.states.committed(written.states.values());
    batch.forEach((pending, index) => {
      const outcome = written.outcomes[index];
      if ('result' in outcome) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
    });
  }

  private write(batch: Pending[]): Promise<{ outcomes: Outcome[]; states: Map<number, RoomState> }> {
    const byDialogue = new Map<number, number[]>();
    batch.forEach((pending, index) => {
      const list = byDialogue.get(pending.participant.dialogueId) ?? [];
      list.push(index);
      byDialogue.set(pending.participant.dialogueId, list);
    });
    return changeWithEvents(this.ctx, async (trx, _emit, stored) => {
      const outcomes: Outcome[] = new Array(batch.length);
      const states = new Map<number, RoomState>();
      const statements = batchSql(trx, this.ctx.store.sqlite);
      // In dialogue order, so that two instances' batches lock dialogues and participants alike.
      for (const dialogueId of [...byDialogue.keys()].sort((a, b) => a - b)) {
        const indexes = byDialogue.get(dialogueId)!;
        const { results, state } = await voteInDialogue(
          trx,
          statements,
          stored,
          dialogueId,
          indexes.map((index) => batch[index]),
          this.states,
        );
        indexes.forEach((index, position) => {
          outcomes[index] = results[position];
        });
        if (state) states.set(dialogueId, state);
      }
      return { outcomes, states };
    });
  }
}

const queues = new WeakMap<Context, VoteQueue>();

/** The context's vote queue (one per process and store). */
export function voteQueue(ctx: Context): VoteQueue {
  let queue = queues.get(ctx);
  if (!queue) {
    queue = new VoteQueue(ctx);
    queues.set(ctx, queue);
  }
  return queue;
}

/** One dialogue's share of a batch, inside the batch's transaction. */
async function voteInDialogue(
  trx: Db,
  statements: BatchSql,
  stored: Stored,
  dialogueId: number,
  votes: Pending[],
  states: RoomStates,
): Promise<{ results: Outcome[]; state?: RoomState }> {
  // The dialogue's row first: batches of one dialogue (from any instance), merges and phase changes run
  // one after the other, so the dots each batch reads and the figures its event reports are current.
  // Ideas and joins wait only while a batch holds it (milliseconds).
  const dialogue = await statements.room(dialogueId);
  if (!dialogue) return { results: votes.map(() => ({ error: new AppError('device_unknown') })) };
  const read = await statements.read(
    dialogueId,
    votes.map((vote) => vote.participant.id),
    votes.map((vote) => ({ participantId: vote.participant.id, clientKey: vote.input.clientKey })),
  );
  const voters = new Map(read.voters.map((row) => [row.id, row]));
  // Still there, in this dialogue, and (when the request came with a token) still holding it: the
  // authority for the actor the route resolved, possibly from its recent-devices hint.
  const isVoter = (participant: ParticipantActor) => {
    const row = voters.get(participant.id);
    return (
      row !== undefined &&
      row.dialogue_id === dialogueId &&
      (participant.deviceTokenHash === undefined || row.device_token_hash === participant.deviceTokenHash)
    );
  };
  const done = new Map<string, { idea_id: number; delta: number; result_json: string }>(
    read.actions.map((action) => [`${action.participant_id}\u0000${action.client_key}`, action]),
  );
  const phaseError =
    dialogue.status !== 'live' || dialogue.phase !== 'voting' ? wrongPhase('voting', dialogue) : null;
  const state = phaseError ? undefined : await states.take(trx, dialogueId, read.lastEventId);
  const rules: BallotRules | undefined = state && {
    budget: dialogue.dots_per_participant,
    cap: dialogue.max_dots_per_idea,
    ends: state.ends,
    hidden: state.hidden,
  };

  const at = now();
  const actions: BatchAction[] = [];
  const changedEnds = new Set<number>();
  // Each voter's dots before the batch, copied when the batch first touches them: what to write.
  const before = new Map<number, Map<number, number>>();
  const outcomes = votes.map(({ participant, input }): Outcome => {
    try {
      if (!isVoter(participant)) throw refusal('device_unknown');
      const key = `${participant.id}\u0000${input.clientKey}`;
      const earlier = done.get(key);
      if (earlier) {
        // A retry (or the same key twice in one batch): the first answer, nothing changed.
        if (earlier.idea_id !== input.ideaId || earlier.delta !== input.delta)
          throw refusal('client_key_reused', { clientKey: input.clientKey });
        return { result: JSON.parse(earlier.result_json) as VoteResult };
      }
      if (!state || !rules) throw phaseError;
      let mine = state.held.get(participant.id);
      if (!mine) {
        mine = new Map();
        state.held.set(participant.id, mine);
      }
      const copy = before.has(participant.id) ? undefined : new Map(mine);
      const result = applyVote(rules, mine, input.ideaId, input.delta);
      if (copy) before.set(participant.id, copy);
      const action = {
        participant_id: participant.id,
        client_key: input.clientKey,
        idea_id: input.ideaId,
        delta: input.delta,
        result_json: JSON.stringify(result),
      };
      actions.push(action);
      done.set(key, action);
      changedEnds.add(result.ideaId);
      return { result };
    } catch (error) {
      return { error };
    }
  });
  if (!state) return { results: outcomes };

  const rows: BatchWrites['votes'] = [];
  for (const [participantId, old] of before) {
    const mine = state.held.get(participantId)!;
    for (const ideaId of new Set([...old.keys(), ...mine.keys()])) {
      const dots = mine.get(ideaId) ?? 0;
      const delta = dots - (old.get(ideaId) ?? 0);
      if (delta === 0) continue;
      rows.push({ participantId, ideaId, dots });
      const end = state.ends.get(ideaId) ?? ideaId;
      state.tally.byEnd.set(end, (state.tally.byEnd.get(end) ?? 0) + delta);
      state.tally.spent.set(participantId, (state.tally.spent.get(participantId) ?? 0) + delta);
    }
    if (!mine.size) state.held.delete(participantId);
  }
  const payload = changedEnds.size
    ? votesChangedPayload(state.tally, changedEnds, dialogue.dots_per_participant)
    : undefined;
  const eventId = await statements.write(
    dialogueId,
    { votes: rows, actions, at },
    payload && { type: 'votes.changed', payloadJson: JSON.stringify(payload) },
  );
  if (payload && eventId !== undefined) {
    stored(dialogueId, eventId, 'votes.changed', payload);
    state.lastEventId = eventId;
    state.tally.lastEventId = eventId;
  }
  finalState(state);
  return { results: outcomes, state };
}
