// Dialogue room figures on the embedded SQLite store: a room of 60 phones, each spending 5 dots
// one vote at a time (all phones at once), through the same services the HTTP routes call.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeContext, createContext } from '../src/modules/boot.js';
import { changePhase, changeStatus, createDialogue } from '../src/modules/dialogues/service.js';
import { addPhoneIdea } from '../src/modules/ideas/service.js';
import { joinDialogue } from '../src/modules/participants/service.js';
import { addStaff } from '../src/modules/staff/service.js';
import { castVote } from '../src/modules/votes/service.js';
import type { ParticipantActor, StaffActor } from '../src/platform/auth/actor.js';
import { allRegionCodes } from '../src/platform/auth/queries.js';
import { loadConfig } from '../src/platform/config.js';

const phones = 60;
const dots = 5;

export async function run(log: (line: string) => void) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-room-'));
  const ctx = await createContext(loadConfig({ MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    const user = await addStaff(ctx, null, {
      email: 'bench@minga.test',
      name: 'Bench',
      password: 'una-clave-larga',
      role: 'national',
      regions: [],
      locale: 'es',
    });
    const staff: StaffActor = {
      kind: 'staff',
      id: user.id,
      email: 'bench@minga.test',
      name: 'Bench',
      role: 'national',
      regions: await allRegionCodes(ctx.db),
      locale: 'es',
      sessionId: '',
      csrfToken: '',
    };
    const base = 'http://localhost:3000';
    const dialogue = await createDialogue(
      ctx,
      staff,
      {
        regionCode: 'CL-BI',
        title: 'Bench',
        date: '2026-11-25',
        dotsPerParticipant: dots,
        maxDotsPerIdea: 3,
        questions: ['¿Cómo podríamos…?'],
        tables: ['Mesa 1', 'Mesa 2', 'Mesa 3', 'Mesa 4', 'Mesa 5', 'Mesa 6'],
      },
      base,
    );
    await changeStatus(ctx, staff, dialogue.id, 'open', base);
    await changeStatus(ctx, staff, dialogue.id, 'live', base);
    const actors: ParticipantActor[] = [];
    for (let i = 0; i < phones; i += 1) {
      const table = dialogue.tables[i % dialogue.tables.length];
      const joined = await joinDialogue(
        ctx,
        dialogue.joinCode,
        { tableId: table.id, sector: 'otro', consent: true },
        undefined,
      );
      actors.push({
        kind: 'participant',
        id: joined.participantId,
        dialogueId: dialogue.id,
        tableId: table.id,
      });
    }
    const ideaIds: number[] = [];
    for (const [i, actor] of actors.entries()) {
      const { idea } = await addPhoneIdea(ctx, actor, {
        questionId: dialogue.questions[0].id,
        text: `Idea ${i}`,
        clientKey: `i${i}`,
      });
      ideaIds.push(idea.id);
    }
    await changePhase(ctx, staff, dialogue.id, 'voting', base);
    log(`${phones} phones joined, ${ideaIds.length} ideas; voting…`);
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      actors.map(async (actor, i) => {
        for (let k = 0; k < dots; k += 1) {
          const begin = performance.now();
          await castVote(ctx, actor, {
            ideaId: ideaIds[(i * 7 + k * 13) % ideaIds.length],
            delta: 1,
            clientKey: `v${k}`,
          });
          latencies.push(performance.now() - begin);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      room_votes: latencies.length,
      room_votes_per_s: Math.round(latencies.length / seconds),
      room_vote_p50_ms: Math.round(latencies[Math.floor(latencies.length * 0.5)]),
      room_vote_p95_ms: Math.round(latencies[Math.floor(latencies.length * 0.95)]),
    };
  } finally {
    await closeContext(ctx);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
