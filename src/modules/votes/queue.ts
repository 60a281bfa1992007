import type { Insertable } from 'kysely';
import type { ParticipantActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import type { VoteActionTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors/index.js';
import { findDialogue, lockDialogue, wrongPhase } from '../dialogues/index.js';
import { changeWithEvents, type Emit } from '../live/index.js';
import { applyVote, type BallotRules, type VoteResult } from './ballot.js';
import { chainEnds } from './chains.js';
import {
  chainLinks,
  findVoteActions,
  insertVoteActions,
  lockVoters,
  votesOfParticipants,
  writeVotes,
} from './queries.js';
import type { VoteInput } from './schema.js';
import { type Tally, TallyCache, tallyAfter, votesChangedPayload } from './tally.js';

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
  /**
   * Batches written at the same time: one on SQLite (one writer, and a batch never waits on the
   * network); on PostgreSQL a few, so that several dialogues' batches (each dialogue's in turn, see
   * voteInDialogue) go on together.
   */
  private readonly parallel: number;
  /** Running tallies for the events (see TallyCache). */
  private readonly tallies = new TallyCache();

  constructor(private readonly ctx: Context) {
    this.parallel = ctx.dialect === 'postgres' ? 3 : 1;
  }

  submit(participant: ParticipantActor, input: VoteInput): Promise<VoteResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ participant, input, resolve, reject });
      this.schedule();
    });
  }

  // After the current turn of the event loop: every request read from the sockets in this turn joins
  // the batch (SQLite runs synchronously, so starting at once would mean batches of one).
  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump() {
    while (this.waiting.length && this.inFlight < this.parallel) {
      const batch = this.waiting.splice(0, maxBatch);
      this.inFlight += 1;
      this.settle(batch).finally(() => {
        this.inFlight -= 1;
        if (this.waiting.length) this.schedule();
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
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      const middle = Math.ceil(batch.length / 2);
      await this.settle(batch.slice(0, middle));
      await this.settle(batch.slice(middle));
      return;
    }
    // Committed: the tallies this batch moved are right again.
    for (const [dialogueId, tally] of written.tallies) this.tallies.keep(dialogueId, tally);
    batch.forEach((pending, index) => {
      const outcome = written.outcomes[index];
      if ('result' in outcome) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
    });
  }

  private write(batch: Pending[]): Promise<{ outcomes: Outcome[]; tallies: Map<number, Tally> }> {
    const byDialogue = new Map<number, number[]>();
    batch.forEach((pending, index) => {
      const list = byDialogue.get(pending.participant.dialogueId) ?? [];
      list.push(index);
      byDialogue.set(pending.participant.dialogueId, list);
    });
    return changeWithEvents(this.ctx, async (trx, emit) => {
      const outcomes: Outcome[] = new Array(batch.length);
      const tallies = new Map<number, Tally>();
      // In dialogue order, so that two instances' batches lock dialogues and participants alike.
      for (const dialogueId of [...byDialogue.keys()].sort((a, b) => a - b)) {
        const indexes = byDialogue.get(dialogueId)!;
        const { results, tally } = await voteInDialogue(
          trx,
          emit,
          dialogueId,
          indexes.map((index) => batch[index]),
          this.tallies,
        );
        indexes.forEach((index, position) => {
          outcomes[index] = results[position];
        });
        if (tally) tallies.set(dialogueId, tally);
      }
      return { outcomes, tallies };
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
  emit: Emit,
  dialogueId: number,
  votes: Pending[],
  tallies: TallyCache,
): Promise<{ results: Outcome[]; tally?: Tally }> {
  // The dialogue's row first: batches of one dialogue (from any instance), merges and phase changes run
  // one after the other, so the dots each batch reads and the figures its event reports are current.
  // Ideas and joins wait only while a batch holds it (milliseconds).
  await lockDialogue(trx, dialogueId);
  const participantIds = votes.map((vote) => vote.participant.id);
  const voters = new Map((await lockVoters(trx, participantIds)).map((row) => [row.id, row]));
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
  const present = new Set(
    votes.filter((vote) => isVoter(vote.participant)).map((vote) => vote.participant.id),
  );
  const dialogue = (await findDialogue(trx, dialogueId))!;
  const stored = await findVoteActions(
    trx,
    votes.map((vote) => ({ participantId: vote.participant.id, clientKey: vote.input.clientKey })),
  );
  const done = new Map<string, { idea_id: number; delta: number; result_json: string }>(
    stored.map((action) => [`${action.participant_id}\u0000${action.client_key}`, action]),
  );
  const phaseError =
    dialogue.status !== 'live' || dialogue.phase !== 'voting' ? wrongPhase('voting', dialogue) : null;

  const links = phaseError ? [] : await chainLinks(trx, dialogueId);
  const rules: BallotRules = {
    budget: dialogue.dots_per_participant,
    cap: dialogue.max_dots_per_idea,
    ends: chainEnds(links),
    hidden: new Set(links.filter((idea) => idea.hidden_at !== null).map((idea) => idea.id)),
  };
  const held = new Map<number, Map<number, number>>();
  if (!phaseError)
    for (const row of await votesOfParticipants(trx, [...present])) {
      const mine = held.get(row.participant_id) ?? new Map<number, number>();
      mine.set(row.idea_id, row.dots);
      held.set(row.participant_id, mine);
    }
  const before = new Map([...held].map(([id, mine]) => [id, new Map(mine)]));

  const at = now();
  const actions: Insertable<VoteActionTable>[] = [];
  const changedEnds = new Set<number>();
  const outcomes = votes.map(({ participant, input }): Outcome => {
    try {
      if (!isVoter(participant)) throw new AppError('device_unknown');
      const key = `${participant.id}\u0000${input.clientKey}`;
      const earlier = done.get(key);
      if (earlier) {
        // A retry (or the same key twice in one batch): the first answer, nothing changed.
        if (earlier.idea_id !== input.ideaId || earlier.delta !== input.delta)
          throw new AppError('client_key_reused', { clientKey: input.clientKey });
        return { result: JSON.parse(earlier.result_json) as VoteResult };
      }
      if (phaseError) throw phaseError;
      const mine = held.get(participant.id) ?? new Map<number, number>();
      held.set(participant.id, mine);
      const result = applyVote(rules, mine, input.ideaId, input.delta);
      const action = {
        participant_id: participant.id,
        client_key: input.clientKey,
        idea_id: input.ideaId,
        delta: input.delta,
        result_json: JSON.stringify(result),
        created_at: at,
      };
      actions.push(action);
      done.set(key, action);
      changedEnds.add(result.ideaId);
      return { result };
    } catch (error) {
      return { error };
    }
  });

  const rows: Array<{ participantId: number; ideaId: number; dots: number }> = [];
  const changes: Array<{ participantId: number; ideaId: number; delta: number }> = [];
  for (const [participantId, mine] of held) {
    const old = before.get(participantId) ?? new Map<number, number>();
    for (const ideaId of new Set([...old.keys(), ...mine.keys()])) {
      const dots = mine.get(ideaId) ?? 0;
      const delta = dots - (old.get(ideaId) ?? 0);
      if (delta === 0) continue;
      rows.push({ participantId, ideaId, dots });
      changes.push({ participantId, ideaId, delta });
    }
  }
  await writeVotes(trx, dialogueId, rows, at);
  await insertVoteActions(trx, actions);
  if (!changedEnds.size) return { results: outcomes };
  const tally = await tallyAfter(trx, dialogueId, tallies.take(dialogueId), rules.ends, changes);
  tally.lastEventId = await emit(
    dialogueId,
    'votes.changed',
    votesChangedPayload(tally, changedEnds, dialogue.dots_per_participant),
  );
  return { results: outcomes, tally };
}
