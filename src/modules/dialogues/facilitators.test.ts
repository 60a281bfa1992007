import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, errorCode } from './testing.js';

type Dialogue = { id: number; facilitators: Array<{ id: number; name: string; email: string }> };
type ErrorBody = { error: { code: string; message: string } };

describe.each(storeKinds)('facilitators of a dialogue belong to its region on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  let manager: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
    manager = await server.signIn('regional', ['CL-BI']);
  });
  afterAll(async () => server?.close());

  it("refuses another region's facilitator by id, echoing neither name nor e-mail", async () => {
    const dialogue = await createDialogue(manager, { regionCode: 'CL-BI' });
    const capital = await server.signIn('facilitator', ['CL-RM'], 'capital.secreta@sence.test');
    for (const caller of [manager, national]) {
      const refused = await caller.put<ErrorBody>(`/api/dialogues/${dialogue.id}/facilitators`, {
        userIds: [capital.userId],
      });
      expect(refused.status).toBe(422);
      expect(errorCode(refused.body)).toBe('facilitator_other_region');
      expect(refused.body.error.message).toContain(String(capital.userId));
      expect(refused.body.error.message).toContain('CL-BI');
      expect(JSON.stringify(refused.body)).not.toContain('capital.secreta');
    }
    const english = await manager.request<ErrorBody>(
      'PUT',
      `/api/dialogues/${dialogue.id}/facilitators`,
      { userIds: [capital.userId] },
      { 'accept-language': 'en' },
    );
    expect(english.body.error.message).toBe(
      `Account ${capital.userId} does not belong to the region of this dialogue (CL-BI).`,
    );
    const after = await manager.get<Dialogue>(`/api/dialogues/${dialogue.id}`);
    expect(after.body.facilitators).toEqual([]);
    expect((await capital.get(`/api/dialogues/${dialogue.id}`)).status).toBe(404);
  });

  it('accepts facilitators of the region, also one who works in two regions, and no manager accounts', async () => {
    const dialogue = await createDialogue(manager, { regionCode: 'CL-BI' });
    const local = await server.signIn('facilitator', ['CL-BI']);
    const both = await server.signIn('facilitator', ['CL-ML', 'CL-BI']);
    const assigned = await manager.put<Dialogue>(`/api/dialogues/${dialogue.id}/facilitators`, {
      userIds: [local.userId, both.userId],
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.facilitators.map((user) => user.id).sort()).toEqual(
      [local.userId, both.userId].sort(),
    );
    const colleague = await server.signIn('regional', ['CL-BI']);
    const notFacilitator = await manager.put<ErrorBody>(`/api/dialogues/${dialogue.id}/facilitators`, {
      userIds: [colleague.userId],
    });
    expect(errorCode(notFacilitator.body)).toBe('not_a_facilitator');
  });

  it("never lists another region's staff among a dialogue's facilitators, nor lets them run it", async () => {
    const dialogue = await createDialogue(manager, { regionCode: 'CL-BI' });
    const local = await server.signIn('facilitator', ['CL-BI'], 'local.biobio@sence.test');
    const capital = await server.signIn('facilitator', ['CL-RM'], 'capital.asignada@sence.test');
    // An assignment stored before regions were checked.
    await server.ctx.db
      .insertInto('dialogue_facilitators')
      .values([
        { dialogue_id: dialogue.id, user_id: local.userId },
        { dialogue_id: dialogue.id, user_id: capital.userId },
      ])
      .execute();
    for (const caller of [manager, national, local]) {
      const seen = await caller.get<Dialogue>(`/api/dialogues/${dialogue.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.facilitators.map((user) => user.email)).toEqual(['local.biobio@sence.test']);
      expect(JSON.stringify(seen.body)).not.toContain('capital.asignada');
    }
    expect((await capital.get(`/api/dialogues/${dialogue.id}`)).status).toBe(404);
    const theirs = await capital.get<{ dialogues: unknown[] }>('/api/dialogues');
    expect(theirs.body.dialogues).toEqual([]);
    expect((await capital.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' })).status).toBe(404);
    // Saving the list again with only the local facilitator drops the stale one.
    const saved = await manager.put<Dialogue>(`/api/dialogues/${dialogue.id}/facilitators`, {
      userIds: [local.userId],
    });
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.body)).not.toContain('capital.asignada');
  });
});
