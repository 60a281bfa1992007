import type { api, ResponseOf } from '../../app/client.js';

/** The synthesis shapes, as the server's contract declares them. */
export type ThemeList = ResponseOf<typeof api.synthesis.listThemes>;
export type ThemeSummary = ThemeList['themes'][number];
export type ThemeDetail = ResponseOf<typeof api.synthesis.getTheme>;
export type ThemeIdea = ThemeDetail['ideas'][number];
export type DuplicateList = ResponseOf<typeof api.synthesis.findDuplicates>;
/** An annual cycle offered as a scope (from the cycle list). */
export type CycleChoice = ResponseOf<typeof api.cycles.listCyclesFor>['cycles'][number];
/** A theme run under way or ended (a background job). */
export type ThemeJob = ResponseOf<typeof api.synthesis.getThemeJob>;
