import type { Context } from '../context.js';
import type { Locale } from '../errors/index.js';
import type { RegisteredRoute } from './route.js';

declare module 'fastify' {
  interface FastifyInstance {
    ctx: Context;
    mingaRoutes: RegisteredRoute[];
  }
  interface FastifyRequest {
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** A live WebSocket route (platform/live/sockets.ts): the only routes an upgrade may reach. */
    liveSocket?: boolean;
  }
}
