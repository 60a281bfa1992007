import { formatDecimal, formatInteger, formatPercent } from '../../app/format.js';
import type { IndicatorKey } from './types.js';

/** An indicator value in its own unit: people as integers, shares as percentages. */
export function formatIndicator(key: IndicatorKey, value: number): string {
  if (key === 'rural_share_2024' || key === 'participation_rate_2024') return formatPercent(value, 1);
  if (key === 'labour_force_2024_thousands') return formatDecimal(value);
  return formatInteger(value);
}

/** Colours of groups (pilots, waves): distinct, AA against white for text and marks. */
export const groupColours = [
  '#1f5f8b',
  '#a23b00',
  '#2e6b30',
  '#6a3d9a',
  '#8a5a00',
  '#b0005a',
  '#00666b',
  '#5b5b5b',
];
export const groupColour = (index: number) => groupColours[index % groupColours.length] ?? '#333333';
