import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, goLive, joinPhone, phoneIdea, setPhase } from '../dialogues/testing.js';

const budget = 4;
const cap = 2;

type Command =
  | { kind: 'vote'; tab: number; idea: number; delta: 1 | -1 }
  | { kind: 'move'; tab: number; from: number; to: number }
  | { kind: 'merge'; source: number; target: number }
  | { kind: 'unmerge'; idea: number };

const command = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('vote' as const),
      tab: fc.nat(3),
      idea: fc.nat(4),
      delta: fc.constantFrom(1 as const, -1 as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      tab: fc.nat(3),
      from: fc.nat(4),
      to: fc.nat(4),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('merge' as const), source: fc.nat(4), target: fc.nat(4) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unmerge' as const), idea: fc.nat(4) }) },
);

/**
 * Random interleavings of votes, moves and withdrawals from several tabs of the same two
 * participants, with merges and unmerges by the facilitator: after every run, no budget or cap is
 * broken, no dots are negative, and the screen's tallies equal the stored votes.
 */
describe.each(storeKinds)('dot budgets under random interleavings on %s', (kind) => {
  let server: TestServer;
  let staff: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('holds budgets, caps and tallies', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(command, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (rounds) => {
          run += 1;
          const dialogue = await createDialogue(staff, {
            title: `Propiedad ${run}`,
            dotsPerParticipant: budget,
            maxDotsPerIdea: cap,
          });
          await goLive(staff, dialogue.id);
          const people = [await joinPhone(server, dialogue), await joinPhone(server, dialogue)];
          const ideas: number[] = [];
          for (let n = 0; n < 5; n += 1)
            ideas.push(await phoneIdea(people[n % 2], dialogue, `Idea ${n} de la corrida ${run}`));
          await setPhase(staff, dialogue.id, 'voting');
          // Tabs 0-1 belong to the first person, 2-3 to the second: same device token, separate requests.
          const tab = (index: number) => people[index < 2 ? 0 : 1];
          let keyCounter = 0;
          const key = () => `p${run}-${keyCounter++}`;
          const perform = async (step: Command) => {
            if (step.kind === 'vote')
              return tab(step.tab).post('/api/me/votes', {
                ideaId: ideas[step.idea],
                delta: step.delta,
                clientKey: key(),
              });
            if (step.kind === 'move') {
              const taken = await tab(step.tab).post('/api/me/votes', {
                ideaId: ideas[step.from],
                delta: -1,
                clientKey: key(),
              });
              if (taken.status === 200)
                await tab(step.tab).post('/api/me/votes', {
                  ideaId: ideas[step.to],
                  delta: 1,
                  clientKey: key(),
                });
              return taken;
            }
            if (step.kind === 'merge')
              return staff.post(`/api/ideas/${ideas[step.source]}/merge`, { intoId: ideas[step.target] });
            return staff.post(`/api/ideas/${ideas[step.idea]}/unmerge`);
          };
          for (const round of rounds) {
            const responses = await Promise.all(round.map(perform));
            for (const response of responses) expect(response.status).toBeLessThan(500);
          }

          const db = server.ctx.db;
          const votes = await db
            .selectFrom('votes')
            .select(['participant_id', 'idea_id', 'dots'])
            .where('dialogue_id', '=', dialogue.id)
            .execute();
          const links = await db
            .selectFrom('ideas')
            .select(['id', 'merged_into_id'])
            .where('dialogue_id', '=', dialogue.id)
            .execute();
          const parent = new Map(links.map((link) => [link.id, link.merged_into_id]));
          const end = (id: number) => {
            let current = id;
            for (let hops = 0; parent.get(current) != null; hops += 1) {
              expect(hops).toBeLessThan(10); // chains never loop
              current = parent.get(current)!;
            }
            return current;
          };
          const spent = new Map<number, number>();
          const onEnd = new Map<string, number>();
          const tally = new Map<number, number>();
          for (const vote of votes) {
            expect(vote.dots).toBeGreaterThanOrEqual(0);
            spent.set(vote.participant_id, (spent.get(vote.participant_id) ?? 0) + vote.dots);
            const slot = `${vote.participant_id}:${end(vote.idea_id)}`;
            onEnd.set(slot, (onEnd.get(slot) ?? 0) + vote.dots);
            tally.set(end(vote.idea_id), (tally.get(end(vote.idea_id)) ?? 0) + vote.dots);
          }
          for (const total of spent.values()) expect(total).toBeLessThanOrEqual(budget);
          for (const total of onEnd.values()) expect(total).toBeLessThanOrEqual(cap);
          // The screen shows the same tallies as the stored votes.
          const screen = await staff.get<{
            ranking: Array<{ ideaId: number; dots: number }>;
            dotsSpent: number;
          }>(`/api/dialogues/${dialogue.id}/screen`);
          expect(screen.body.dotsSpent).toBe([...spent.values()].reduce((sum, value) => sum + value, 0));
          for (const row of screen.body.ranking) expect(row.dots).toBe(tally.get(row.ideaId) ?? 0);
          // Each person's own view agrees with the store.
          for (const person of people) {
            const state = await person.get<{ dotsLeft: number }>('/api/me');
            expect(state.body.dotsLeft).toBe(budget - (spent.get(person.participantId) ?? 0));
          }
        },
      ),
      { numRuns: kind === 'sqlite' ? 25 : 10, seed: Number(process.env.MINGA_PROPERTY_SEED ?? 42) },
    );
  }, 300_000);
});
