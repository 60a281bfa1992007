import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDialogue, joinPhone } from '../modules/dialogues/testing.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { storeKinds } from '../test/stores.js';
import { commitChange } from './change.js';
import type { LiveEvent } from './live/hub.js';

/**
 * commitChange, the one way a change is made: its rows, its audit row and its events in one
 * transaction; announced after the commit; a failed announcement never fails the change; a
 * transaction the database aborts for a deadlock is run again and committed once.
 */
describe.each(storeKinds)('commitChange on %s', (kind) => {
  let server: TestServer;
  let publish: TestServer['ctx']['hub']['publish'];
  beforeAll(async () => {
    server = await startTestServer(kind);
    publish = server.ctx.hub.publish;
  });
  afterEach(() => {
    server.ctx.hub.publish = publish;
  });
  afterAll(async () => server?.close());

  let actions = 0;
  const freshAction = () => `test.change.${kind}.${++actions}`;
  const auditRows = (action: string) =>
    server.ctx.db.selectFrom('audit_log').select(['id', 'after_json']).where('action', '=', action).execute();

  /** Publications, each with the audit rows of `action` that other connections could see by then. */
  function recordPublications(action: string) {
    const heard: Array<{ room: string; event: LiveEvent; committedRows: number }> = [];
    server.ctx.hub.publish = async (room, event) => {
      heard.push({ room, event, committedRows: (await auditRows(action)).length });
    };
    return heard;
  }

  it('writes the audit row with the change and announces only after the commit', async () => {
    const action = freshAction();
    const heard = recordPublications(action);
    const result = await commitChange(server.ctx, null, async (_trx, change) => {
      await change.audit({ action, entity: 'test', entityId: 1, after: { name: 'Ana', passwordHash: 'x' } });
      change.announce('test:1', { id: 0, type: action, payload: { n: 1 } });
      return 'done';
    });
    expect(result).toBe('done');
    const rows = await auditRows(action);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].after_json!)).toEqual({ name: 'Ana' });
    expect(heard).toEqual([
      { room: 'test:1', event: { id: 0, type: action, payload: { n: 1 } }, committedRows: 1 },
    ]);
  });

  it('neither stores nor announces a change whose work fails', async () => {
    const action = freshAction();
    const heard = recordPublications(action);
    await expect(
      commitChange(server.ctx, null, async (_trx, change) => {
        await change.audit({ action, entity: 'test', entityId: 1 });
        change.announce('test:1', { id: 0, type: action, payload: {} });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await auditRows(action)).toHaveLength(0);
    expect(heard).toHaveLength(0);
  });

  it('answers a committed change as done when its announcement fails', async () => {
    const action = freshAction();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    server.ctx.hub.publish = async () => {
      throw new Error('Redis se fue');
    };
    const result = await commitChange(server.ctx, null, async (_trx, change) => {
      await change.audit({ action, entity: 'test', entityId: 1 });
      change.announce('test:1', { id: 0, type: action, payload: {} });
      return 42;
    });
    expect(result).toBe(42);
    expect(await auditRows(action)).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(`No se pudo anunciar ${action} en test:1: Redis se fue`);
    warn.mockRestore();
  });

  it.runIf(kind === 'postgres')(
    'runs a change again after a deadlock and commits and announces it once',
    async () => {
      // A real PostgreSQL error with the deadlock code, raised the first time only (a sequence is
      // not rolled back with the transaction it was used in).
      await sql`create sequence change_fail_once`.execute(server.ctx.db);
      await sql`
        create function change_fail_once() returns integer language plpgsql as $$
        begin
          if nextval('change_fail_once') = 1 then
            raise exception 'forced deadlock' using errcode = '40P01';
          end if;
          return 0;
        end $$`.execute(server.ctx.db);
      const action = freshAction();
      const heard = recordPublications(action);
      let attempts = 0;
      await commitChange(server.ctx, null, async (trx, change) => {
        attempts += 1;
        await change.audit({ action, entity: 'test', entityId: 1 });
        change.announce('test:1', { id: 0, type: action, payload: {} });
        await sql`select change_fail_once()`.execute(trx);
      });
      expect(attempts).toBe(2);
      expect(await auditRows(action)).toHaveLength(1);
      expect(heard.map((publication) => publication.event.type)).toEqual([action]);
    },
  );
});

/** The services' changes through the HTTP API, with the announcement failing or a deadlock once. */
describe.each(storeKinds)('a service change through commitChange on %s', (kind) => {
  let server: TestServer;
  let publish: TestServer['ctx']['hub']['publish'];
  beforeAll(async () => {
    server = await startTestServer(kind);
    publish = server.ctx.hub.publish;
  });
  afterEach(() => {
    server.ctx.hub.publish = publish;
  });
  afterAll(async () => server?.close());

  const count = async (
    table: 'karabirrdt_members' | 'karabirrdt_events' | 'dialogue_events' | 'ideas',
    column: string,
    id: number,
  ) =>
    (
      await server.ctx.db
        .selectFrom(table)
        // biome-ignore lint/suspicious/noExplicitAny: the column is one of the three tables'
        .where(column as any, '=', id)
        .select('id')
        .execute()
    ).length;
  const audits = async (action: string, entityId: number) =>
    (
      await server.ctx.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', action)
        .where('entity_id', '=', String(entityId))
        .execute()
    ).length;

  it('answers a plan change, a dialogue change and a phone idea as done when publishing fails', async () => {
    const national = await server.signIn('national');
    const plan = await national.post<{ id: number }>('/api/plans', {
      title: 'Plan sin anuncios',
      regionCode: 'CL-BI',
      startDate: '2027-01-04',
    });
    const dialogue = await createDialogue(national);
    let failed = 0;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    server.ctx.hub.publish = async () => {
      failed += 1;
      throw new Error('Redis se fue');
    };

    const member = await national.post<{ id: number }>(`/api/plans/${plan.body.id}/members`, {
      name: 'Ana Pérez',
    });
    expect(member.status).toBe(201);
    expect(await count('karabirrdt_members', 'plan_id', plan.body.id)).toBe(1);
    expect(await audits('karabirrdt.member.create', member.body.id)).toBe(1);
    expect(await count('karabirrdt_events', 'plan_id', plan.body.id)).toBe(1);

    const opened = await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
    expect(opened.status).toBe(200);
    expect(await audits('dialogue.status', dialogue.id)).toBe(1);
    expect(await count('dialogue_events', 'dialogue_id', dialogue.id)).toBe(1);

    const live = await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'live' });
    expect(live.status).toBe(200);
    const phone = await joinPhone(server, dialogue);
    const idea = {
      questionId: dialogue.questions[0].id,
      text: 'Cursos en la tarde',
      clientKey: 'sin-anuncio',
    };
    const first = await phone.post<{ idea: { id: number } }>('/api/me/ideas', idea);
    expect(first.status).toBe(201);
    // The phone retries as if the answer had been lost: the same idea comes back, stored once.
    const again = await phone.post<{ idea: { id: number } }>('/api/me/ideas', idea);
    expect(again.status).toBe(200);
    expect(again.body.idea.id).toBe(first.body.idea.id);
    expect(await count('ideas', 'dialogue_id', dialogue.id)).toBe(1);
    expect(failed).toBeGreaterThanOrEqual(4);
    expect(warn).toHaveBeenCalledTimes(failed); // each failed publication is logged
    warn.mockRestore();
  });

  it.runIf(kind === 'postgres')(
    'commits a plan change and a dialogue change once when the database aborts them once for a deadlock',
    async () => {
      const national = await server.signIn('national');
      const plan = await national.post<{ id: number }>('/api/plans', {
        title: 'Plan con un interbloqueo',
        regionCode: 'CL-BI',
        startDate: '2027-01-04',
      });
      const dialogue = await createDialogue(national);
      const heard: string[] = [];
      server.ctx.hub.publish = async (room, event) => {
        heard.push(`${room} ${event.type}`);
      };
      // Every audited change writes an audit row: the first attempt of each change below is aborted
      // there with the deadlock code, as PostgreSQL does to one of two transactions that deadlock.
      await sql`create sequence audit_fail_once`.execute(server.ctx.db);
      await sql`
        create function audit_fail_once() returns trigger language plpgsql as $$
        begin
          if nextval('audit_fail_once') in (1, 3) then
            raise exception 'forced deadlock' using errcode = '40P01';
          end if;
          return new;
        end $$`.execute(server.ctx.db);
      await sql`create trigger audit_fail_once before insert on audit_log
        for each row execute function audit_fail_once()`.execute(server.ctx.db);
      let memberId = 0;
      try {
        const member = await national.post<{ id: number }>(`/api/plans/${plan.body.id}/members`, {
          name: 'Ana Pérez',
        });
        expect(member.status).toBe(201);
        memberId = member.body.id;
        const opened = await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
        expect(opened.status).toBe(200);
      } finally {
        await sql`drop trigger audit_fail_once on audit_log`.execute(server.ctx.db);
      }
      const fired = await sql<{ last_value: number }>`select last_value from audit_fail_once`.execute(
        server.ctx.db,
      );
      expect(Number(fired.rows[0].last_value)).toBe(4); // each change failed once, then went through
      expect(await count('karabirrdt_members', 'plan_id', plan.body.id)).toBe(1);
      expect(await audits('karabirrdt.member.create', memberId)).toBe(1);
      expect(await count('karabirrdt_events', 'plan_id', plan.body.id)).toBe(1);
      expect(await audits('dialogue.status', dialogue.id)).toBe(1);
      expect(await count('dialogue_events', 'dialogue_id', dialogue.id)).toBe(1);
      expect(heard).toEqual([
        `plan:${plan.body.id} karabirrdt.member.create`,
        `dialogue:${dialogue.id} dialogue.status`,
      ]);
    },
  );
});
