/**
 * The projector screen: a read-only view over a dialogue, its participants, ideas, dots and
 * evaluation, read through those modules' doors (it has no tables and no SQL of its own).
 */
export { screenRoutes } from './routes.js';
export { screenState } from './service.js';
