import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { polisLimits } from '../../platform/files/limits.js';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { sharedDataAvailable, sharedDataDir } from '../../test/shared.js';
import { storeKinds } from '../../test/stores.js';
import { readPolisVotesCsv } from './polis-csv.js';

interface Detail {
  id: number;
  regionCode: string | null;
  participants: number;
  votes: number;
  statements: Array<{
    id: number;
    text: string;
    origin: string;
    status: string;
    agree: number;
    disagree: number;
    pass: number;
  }>;
}
type Refusal = { error: { code: string; message: string; issues: Array<{ path: string; message: string }> } };

const hour = 3_600_000;
const meta = (region: string | null) =>
  new URLSearchParams({
    ...(region ? { regionCode: region } : {}),
    question: '¿Qué opinas del salario mínimo?',
    opensAt: new Date(Date.now() - hour).toISOString(),
    closesAt: new Date(Date.now() + hour).toISOString(),
  }).toString();

async function upload(client: ApiClient, region: string | null, name: string, data: Uint8Array | string) {
  const form = new FormData();
  form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
  const response = await fetch(`${client.baseUrl}/api/consultations/import-polis?${meta(region)}`, {
    method: 'POST',
    headers: { cookie: client.sessionCookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const header = 'participant,group-id,n-comments,n-votes,n-agree,n-disagree';

describe.each(storeKinds)('Pol.is import and export on %s', (kind) => {
  let server: TestServer;
  let staff: ApiClient;
  let other: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    [staff, other] = await Promise.all([
      server.signIn('regional', ['CL-BI']),
      server.signIn('regional', ['CL-ML']),
    ]);
  });
  afterAll(async () => server?.close());

  const consultations = async () =>
    Number(
      (
        await server.ctx.db
          .selectFrom('consultations')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('imports participants-votes.csv with comments.csv from a .zip, and exports it back in the same shape, anonymised', async () => {
    const votes = [
      `${header},7,3,12`,
      'p-ana,0,1,3,2,1,1,-1,1',
      'p-beto,1,0,2,0,1,,-1,0',
      'p-carla,,0,1,1,0,1,,',
    ].join('\n');
    const comments = [
      'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body',
      '1,x,3,0,0,2,1,"Subir el salario mínimo, por regiones"',
      '2,x,7,0,2,0,0,El salario debe reajustarse cada año',
      '3,x,12,0,1,0,-1,Texto fuera de tema',
      '4,x,20,0,0,0,1,Nadie votó esta frase todavía',
    ].join('\n');
    const zip = zipSync({
      'export/participants-votes.csv': new TextEncoder().encode(votes),
      'export/comments.csv': new TextEncoder().encode(comments),
    });
    const imported = await upload(staff, 'CL-BI', 'polis.zip', zip);
    expect(imported.status).toBe(201);
    const detail = imported.body as Detail;
    expect(detail).toMatchObject({ regionCode: 'CL-BI', participants: 3, votes: 6 });
    expect(detail.statements.map((s) => [s.text, s.status, s.agree, s.disagree, s.pass])).toEqual([
      ['El salario debe reajustarse cada año', 'shown', 2, 0, 0],
      ['Subir el salario mínimo, por regiones', 'shown', 0, 2, 0],
      ['Texto fuera de tema', 'rejected', 1, 0, 1],
      ['Nadie votó esta frase todavía', 'shown', 0, 0, 0],
    ]);
    expect(new Set(detail.statements.map((s) => s.origin))).toEqual(new Set(['polis']));

    const csv = await staff.get<string>(`/api/consultations/${detail.id}/participants-votes.csv`);
    expect(csv.status).toBe(200);
    const back = readPolisVotesCsv(new TextEncoder().encode(csv.body), 'export.csv');
    // Participants are numbered in order, never the file's ids; the same votes come back.
    expect(back.participantIds).toEqual(['0', '1', '2']);
    expect(csv.body).not.toMatch(/p-ana|p-beto|p-carla/);
    expect(back.statementIds).toEqual(detail.statements.map((s) => String(s.id)));
    const cells = (data: typeof back, row: number) =>
      Array.from(data.matrix.columns.slice(data.matrix.rowStart[row], data.matrix.rowStart[row + 1])).map(
        (column, at) => [column, data.matrix.values[data.matrix.rowStart[row] + at]],
      );
    expect([0, 1, 2].map((row) => cells(back, row))).toEqual([
      [
        [0, 1],
        [1, -1],
        [2, 1],
      ],
      [
        [1, -1],
        [2, 0],
      ],
      [[0, 1]],
    ]);
    expect(csv.body.split('\n')[0]).toBe(`${header},${back.statementIds.join(',')}`);

    // A bare participants-votes.csv works too; statements are named by comment.
    const bare = await upload(staff, 'CL-BI', 'participants-votes.csv', votes);
    expect(bare.status).toBe(201);
    expect((bare.body as Detail).statements.map((s) => s.text)).toEqual([
      'Comentario 7 de Pol.is',
      'Comentario 3 de Pol.is',
      'Comentario 12 de Pol.is',
    ]);
  });

  it('refuses a bad file with file:line:column and stores nothing; another region is refused before reading', async () => {
    const before = await consultations();
    const bad = await upload(staff, 'CL-BI', 'votos.csv', `${header},0,1\n0,,0,2,1,0,1,1\n1,,0,2,1,0,1,2\n`);
    expect(bad.status).toBe(422);
    const refusal = bad.body as Refusal;
    expect(refusal.error.code).toBe('polis_file_invalid');
    expect(refusal.error.issues[0].message).toMatch(/^participants-votes\.csv:3:8: el voto «2» no es 1/);

    const badComments = zipSync({
      'participants-votes.csv': new TextEncoder().encode(`${header},0\n0,,0,1,1,0,1\n`),
      'comments.csv': new TextEncoder().encode(
        'comment-id,moderated,comment-body\n0,1,Bien\n0,1,"Otra\nvez"\n',
      ),
    });
    const repeated = (await upload(staff, 'CL-BI', 'polis.zip', badComments)).body as Refusal;
    expect(repeated.error.issues[0].message).toMatch(/^comments\.csv:3:1: el comentario 0 está repetido/);

    const noVotes = zipSync({
      'comments.csv': new TextEncoder().encode('comment-id,comment-body\n0,Hola\n'),
    });
    expect(
      ((await upload(staff, 'CL-BI', 'polis.zip', noVotes)).body as Refusal).error.issues[0].message,
    ).toMatch(/no trae «participants-votes\.csv»/);

    const wide = `${header},${Array.from({ length: polisLimits.statements + 1 }, (_, i) => i).join(',')}\n0,,0,0,0,0\n`;
    const tooWide = await upload(staff, 'CL-BI', 'ancho.csv', wide);
    expect(tooWide.status).toBe(422);
    expect((tooWide.body as Refusal).error.issues[0].message).toMatch(
      /2\.001 comentarios; el máximo es 2\.000/,
    );

    expect((await upload(other, 'CL-BI', 'votos.csv', `${header},0\n0,,0,1,1,0,1\n`)).status).toBe(403);
    expect(await consultations()).toBe(before);
  });

  it.runIf(sharedDataAvailable())('imports a real Pol.is conversation (Brexit consensus) whole', async () => {
    const folder = path.join(sharedDataDir, 'polis', 'brexit-consensus');
    const votes = fs.readFileSync(path.join(folder, 'participants-votes.csv'));
    const zip = zipSync({
      'participants-votes.csv': new Uint8Array(votes),
      'comments.csv': new Uint8Array(fs.readFileSync(path.join(folder, 'comments.csv'))),
    });
    const imported = await upload(staff, null, 'brexit.zip', zip);
    expect(imported.status).toBe(403); // a regional manager cannot open a national consultation
    const national = await server.signIn('national', []);
    const done = await upload(national, null, 'brexit.zip', zip);
    expect(done.status).toBe(201);
    const file = readPolisVotesCsv(votes, 'participants-votes.csv');
    expect(done.body).toMatchObject({
      regionCode: null,
      participants: file.participantIds.length,
      votes: file.matrix.values.length,
    });
    const groups = await national.get<{ groups: unknown[] }>(
      `/api/consultations/${(done.body as Detail).id}/groups`,
    );
    expect(groups.body.groups.length).toBeGreaterThanOrEqual(2);
  });
});
