import { describe, expect, it } from 'vitest';
import { childcare, training, transport } from '../test-data.js';
import { discoverThemes } from './themes.js';

const ideas = [...training, ...transport, ...childcare].map((text, index) => ({
  id: String(index + 1),
  text,
  dots: index === 5 ? 4 : 0,
}));

describe('readable themes', () => {
  const result = discoverThemes(ideas, { k: 3, seed: 4 });
  const byTopic = (word: RegExp) => result.themes.find((theme) => word.test(theme.label.toLowerCase()));

  it('labels themes with phrases the ideas use, not stems or word lists', () => {
    const labels = result.themes.map((theme) => theme.label);
    expect(byTopic(/transporte público/)).toBeDefined();
    expect(byTopic(/salas cuna|jardines infantiles|madres trabajadoras/)).toBeDefined();
    expect(byTopic(/capacitación|oficios/)).toBeDefined();
    for (const label of labels) {
      expect(label).toMatch(/^\p{Lu}/u);
      expect(label).not.toMatch(/,/);
      expect(label.length).toBeLessThanOrEqual(60);
    }
  });

  it('shows the 3–5 ideas that best represent each theme, from the theme', () => {
    for (const theme of result.themes) {
      expect(theme.representatives.length).toBeGreaterThanOrEqual(Math.min(3, theme.members.length));
      expect(theme.representatives.length).toBeLessThanOrEqual(5);
      for (const index of theme.representatives) expect(theme.members).toContain(index);
      expect(new Set(theme.representatives).size).toBe(theme.representatives.length);
    }
  });

  it('explains a theme by the phrases its ideas share, counted', () => {
    const transportTheme = byTopic(/transporte/);
    expect(transportTheme?.phrases).toContainEqual({ phrase: 'transporte público', ideas: 4 });
    for (const theme of result.themes) {
      expect(theme.phrases.length).toBeGreaterThan(0);
      for (const phrase of theme.phrases) expect(phrase.ideas).toBeLessThanOrEqual(theme.members.length);
    }
  });
});
