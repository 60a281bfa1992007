import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { StaffActor } from '../../platform/auth/actor.js';
import { resolveStaff } from '../../platform/auth/actor.js';
import { findParticipantByDevice } from '../../platform/auth/queries.js';
import { hashToken } from '../../platform/auth/tokens.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { maxId } from '../../platform/http/input.js';
import type { LiveEvent } from '../../platform/live/hub.js';
import { liveSocketRoute, type SocketOwner } from '../../platform/live/sockets.js';
import { liveEndpoints } from './endpoints.js';
import { dialogueRoom } from './events.js';
import { eventsAfter, lastEventId } from './queries.js';

const helloSchema = z.object({
  type: z.literal('hello'),
  deviceToken: z.string().min(20).max(200).optional(),
  /** A projector opened with the dialogue's screen link, read-only and without a staff session. */
  screenKey: z.string().min(8).max(40).optional(),
  after: z.number().int().min(0).max(maxId).optional(),
});

/**
 * At most this many missed events are replayed to a reconnecting client; one that missed more is
 * told to `resync` (reload its state over REST), which costs one request instead of a long replay
 * read and sent while everyone else votes.
 */
export const replayLimit = 1000;

/**
 * `GET /ws/dialogues/:id`: hello → `ready` with the dialogue's last event id → with `after`, the
 * stored events after it (at most `replayLimit`, else `resync`) → live events. Without `after` the
 * client has no state yet: `ready` is its snapshot marker (it loads the state over REST and
 * follows from `lastEventId`), never the whole history. The room is subscribed before the replay
 * is read, so nothing committed in between is lost; an event both replayed and heard live is sent
 * once.
 */
/**
 * May this staff member watch the dialogue? Throws (404) when not: the dialogues feature's
 * `requireRunnable`, passed by the composition root (src/modules/index.ts), since dialogues emit
 * events through this module and not the other way round.
 */
export type RequireWatchable = (db: Db, staff: StaffActor, dialogueId: number) => Promise<unknown>;

/** The dialogue a screen link shows (the screen feature's), or null for an unknown or revoked one. */
export type ScreenDialogueOf = (db: Db, key: string) => Promise<number | null>;

export async function liveRoutes(
  app: FastifyInstance,
  requireWatchable: RequireWatchable,
  screenDialogueOf: ScreenDialogueOf = async () => null,
) {
  const ctx = app.ctx;
  liveSocketRoute(app, liveEndpoints.dialogue.url, {
    hello: helloSchema,
    authorise: async (request, hello) => authorise(request, dialogueIdOf(request), hello),
    async open(live, hello) {
      const dialogueId = dialogueIdOf(live.request);
      const event = (item: LiveEvent) => ({
        type: 'event',
        id: item.id,
        event: item.type,
        payload: item.payload,
      });
      const buffered: LiveEvent[] = [];
      let replaying = true;
      const replayed = new Set<number>();
      live.onClose(
        ctx.hub.subscribe(dialogueRoom(dialogueId), (item) => {
          if (replaying) buffered.push(item);
          else if (!replayed.has(item.id)) live.send(event(item));
        }),
      );
      const last = await lastEventId(ctx.db, dialogueId);
      live.send({ type: 'ready', lastEventId: last });
      if (hello?.after !== undefined && hello.after < last) {
        const missed = await eventsAfter(ctx.db, dialogueId, hello.after, replayLimit + 1);
        if (missed.length > replayLimit) live.send({ type: 'resync', lastEventId: last });
        else
          for (const row of missed) {
            replayed.add(row.id);
            live.send({ type: 'event', id: row.id, event: row.type, payload: JSON.parse(row.payload_json) });
          }
      }
      replaying = false;
      // Heard while reading: what is up to `last` is in the client's state or in the replay already.
      for (const item of buffered)
        if (item.id === 0 || (item.id > last && !replayed.has(item.id))) live.send(event(item));
    },
  });

  function dialogueIdOf(request: FastifyRequest) {
    return Number((request.params as { id?: string }).id);
  }

  async function authorise(
    request: FastifyRequest,
    dialogueId: number,
    hello: z.infer<typeof helloSchema> | undefined,
  ): Promise<SocketOwner> {
    if (!Number.isInteger(dialogueId) || dialogueId <= 0)
      throw new AppError('not_found', { what: 'diálogo' });
    const deviceToken = hello?.deviceToken;
    if (hello?.screenKey) {
      if ((await screenDialogueOf(ctx.db, hello.screenKey)) !== dialogueId)
        throw new AppError('screen_key_unknown');
      return { screenKey: hello.screenKey };
    }
    if (deviceToken) {
      const participant = await findParticipantByDevice(ctx.db, hashToken(deviceToken));
      if (!participant || participant.dialogue_id !== dialogueId) throw new AppError('device_unknown');
      return { participantId: participant.id };
    }
    const staff = await resolveStaff(request);
    if (!staff) throw new AppError('unauthenticated');
    await requireWatchable(ctx.db, staff, dialogueId);
    return { staffUserId: staff.id, sessionId: staff.sessionId };
  }
}
