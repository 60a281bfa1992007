/**
 * The projector screen: a read-only view over a dialogue, its participants, ideas, dots and
 * evaluation, read through those modules' doors (its figures through src/modules/figures) (it has no tables and no SQL of its own).
 * evaluation, read through those modules' doors. Its one table is the screen link's secret, which
 * opens that view on the venue's PC without a staff session.
 */
export { screenRoutes } from './routes.js';
export { screenDialogueOf, screenState } from './service.js';
