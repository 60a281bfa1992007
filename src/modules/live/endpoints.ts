import { socket } from '../../platform/http/endpoint.js';

/** The live WebSockets of a dialogue (the room, the console, the projector). */
export const liveEndpoints = {
  dialogue: socket('/ws/dialogues/:id'),
};
