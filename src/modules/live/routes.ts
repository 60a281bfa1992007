import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { resolveStaff } from '../../platform/auth/actor.js';
import { findParticipantByDevice } from '../../platform/auth/queries.js';
import { hashToken } from '../../platform/auth/tokens.js';
import { AppError, isAppError } from '../../platform/errors/index.js';
import { maxId } from '../../platform/http/input.js';
import type { LiveEvent } from '../../platform/live/hub.js';
import { requireRunnable } from '../dialogues/policy.js';
import { dialogueRoom } from './events.js';
import { eventsAfter, lastEventId } from './queries.js';

const helloSchema = z.object({
  type: z.literal('hello'),
  deviceToken: z.string().min(20).max(200).optional(),
  after: z.number().int().min(0).max(maxId).optional(),
});

const helloTimeoutMs = 10_000;
const replayPage = 500;

/**
 * `GET /ws/dialogues/:id`: hello → ready → the stored events after `after` → live events. The
 * room is subscribed before the replay is read, so nothing committed in between is lost; an
 * event both replayed and heard live is sent once.
 */
export async function liveRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  app.get('/ws/dialogues/:id', { websocket: true }, (socket: WebSocket, request: FastifyRequest) => {
    const dialogueId = Number((request.params as { id?: string }).id);
    let unsubscribe: (() => void) | null = null;
    let helloSeen = false;
    const send = (message: unknown) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const fail = (error: AppError) => {
      send({ type: 'error', code: error.code, message: error.messageIn(request.locale) });
      socket.close(4000, error.code);
    };
    const timer = setTimeout(() => fail(new AppError('invalid_input')), helloTimeoutMs);
    const keepAlive = setInterval(() => socket.readyState === socket.OPEN && socket.ping(), 25_000);
    socket.on('close', () => {
      clearTimeout(timer);
      clearInterval(keepAlive);
      unsubscribe?.();
    });
    socket.on('message', (raw) => {
      if (helloSeen) {
        if (String(raw).includes('"ping"')) send({ type: 'pong' });
        return;
      }
      helloSeen = true;
      clearTimeout(timer);
      start(String(raw)).catch((error: unknown) => {
        if (isAppError(error)) fail(error);
        else {
          request.log.error({ err: error }, 'live socket failed');
          fail(new AppError('internal'));
        }
      });
    });

    async function start(raw: string) {
      if (!Number.isInteger(dialogueId) || dialogueId <= 0)
        throw new AppError('not_found', { what: 'diálogo' });
      let hello: z.infer<typeof helloSchema>;
      try {
        hello = helloSchema.parse(JSON.parse(raw));
      } catch {
        throw new AppError('invalid_input');
      }
      await authorise(request, dialogueId, hello.deviceToken);
      const buffered: LiveEvent[] = [];
      let replaying = true;
      const replayed = new Set<number>();
      unsubscribe = ctx.hub.subscribe(dialogueRoom(dialogueId), (event) => {
        if (replaying) buffered.push(event);
        else if (!replayed.has(event.id))
          send({ type: 'event', id: event.id, event: event.type, payload: event.payload });
      });
      const last = await lastEventId(ctx.db, dialogueId);
      send({ type: 'ready', lastEventId: last });
      let after = hello.after ?? 0;
      while (after < last) {
        const page = await eventsAfter(ctx.db, dialogueId, after, replayPage);
        if (!page.length) break;
        for (const row of page) {
          replayed.add(row.id);
          send({ type: 'event', id: row.id, event: row.type, payload: JSON.parse(row.payload_json) });
        }
        after = page.at(-1)!.id;
      }
      replaying = false;
      for (const event of buffered) {
        if (!replayed.has(event.id))
          send({ type: 'event', id: event.id, event: event.type, payload: event.payload });
      }
    }
  });

  async function authorise(request: FastifyRequest, dialogueId: number, deviceToken: string | undefined) {
    if (deviceToken) {
      const participant = await findParticipantByDevice(ctx.db, hashToken(deviceToken));
      if (!participant || participant.dialogue_id !== dialogueId) throw new AppError('device_unknown');
      return;
    }
    const staff = await resolveStaff(request);
    if (!staff) throw new AppError('unauthenticated');
    await requireRunnable(ctx.db, staff, dialogueId);
  }
}
