/**
 * Open data: the published dialogues' results for anyone. A read-model over dialogues and regions (their
 * figures through src/modules/figures); the one change it makes elsewhere is a dialogue's `published_at`.
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = ['regions'] as const satisfies ReadonlyArray<keyof Database>;
/** Other modules' tables this module changes. */
export const writes = ['dialogues'] as const satisfies ReadonlyArray<keyof Database>;

export { openDataRoutes } from './routes.js';
