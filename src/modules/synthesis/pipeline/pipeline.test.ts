import { describe, expect, it } from 'vitest';
import { labelFrom } from './labels.js';
import { adjustedRandIndex, normalizedMutualInformation } from './metrics.js';
import { seededRandom } from './random.js';
import { symmetricEigen } from './reduce.js';
import { charGrams, normalizeText, stem, stemsOf } from './text.js';
import { discoverThemes } from './themes.js';

describe('Spanish text', () => {
  it('removes HTML tags and entities, lowers case and keeps ñ', () => {
    expect(
      normalizeText(
        '<p>Más &aacute;reas <b>VERDES</b>&nbsp;para&#160;los ni&ntilde;os &amp; ni&#x00F1;as</p>',
      ),
    ).toBe('más áreas verdes para los niños & niñas');
  });
  it('stems Spanish words with Snowball and folds accents afterwards', () => {
    expect(stem('capacitación')).toBe(stem('capacitaciones'));
    expect(stem('trabajadores')).toBe(stem('trabajador'));
    expect(stem('jóvenes')).toBe('joven');
  });
  it('drops stopwords, domain filler and punctuation', () => {
    const surfaces = new Map<string, Map<string, number>>();
    expect(stemsOf('¡Propongo que haya más CURSOS de capacitación para los jóvenes!', surfaces)).toEqual([
      stem('cursos'),
      stem('capacitación'),
      stem('jóvenes'),
    ]);
    expect([...(surfaces.get(stem('jóvenes'))?.keys() ?? [])]).toEqual(['jóvenes']);
  });
  it('makes character trigrams across spelling variants', () => {
    const shared = charGrams('capacitacion').filter((gram) => charGrams('capacitación').includes(gram));
    expect(shared.length).toBe(charGrams('capacitación').length);
  });
  it('writes readable labels, with "e" before an i sound', () => {
    expect(labelFrom(['capacitación', 'jóvenes', 'empleo'])).toBe('Capacitación, jóvenes y empleo');
    expect(labelFrom(['salud', 'hospitales', 'igualdad'])).toBe('Salud, hospitales e igualdad');
    expect(labelFrom([])).toBe('Sin tema claro');
  });
});

describe('metrics on textbook examples', () => {
  it('gives 1 for the same partition under other names', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [1, 1, 0, 0])).toBeCloseTo(1, 12);
    expect(adjustedRandIndex([0, 0, 1, 1], ['b', 'b', 'a', 'a'])).toBeCloseTo(1, 12);
  });
  it('gives 0 for independent partitions', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
    // ARI of this pair is −0.5 (worse than chance), as in scikit-learn's documentation.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });
  it('matches hand-computed values', () => {
    // scikit-learn docs: adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) ≈ 0.5714
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 10);
    // H(U)=ln2, H(V)=1.5 ln2, I=ln2 → NMI (arithmetic) = 1/1.25 = 0.8
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.8, 10);
  });
});

describe('numeric pieces', () => {
  it('draws the same numbers for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(seededRandom(43).next()).not.toBe(first[0]);
  });
  it('finds the eigenvalues of a symmetric matrix', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect([...values].sort((x, y) => x - y).map((value) => Number(value.toFixed(10)))).toEqual([1, 3, 5]);
    // Columns are orthonormal.
    let product = 0;
    for (let row = 0; row < 3; row += 1) product += vectors[row * 3] * vectors[row * 3 + 1];
    expect(product).toBeCloseTo(0, 10);
  });
});

const threeTopics = [
  ['a1', 'Más cursos de capacitación en oficios para jóvenes desempleados'],
  ['a2', 'Capacitación gratuita en oficios para los jóvenes de la comuna'],
  ['a3', 'Cursos de oficios y capacitación técnica para jóvenes sin empleo'],
  ['a4', 'Becas de capacitación en oficios para jóvenes'],
  ['b1', 'Mejorar el transporte público y los buses hacia las zonas industriales'],
  ['b2', 'Buses de transporte público nocturno para llegar al trabajo'],
  ['b3', 'Más recorridos de buses y transporte público en zonas rurales'],
  ['b4', 'Subsidio al transporte público y pasajes de buses para trabajadores'],
  ['c1', 'Salas cuna y jardines infantiles para madres trabajadoras'],
  ['c2', 'Horario extendido de salas cuna para que las madres puedan trabajar'],
  ['c3', 'Jardines infantiles cerca del trabajo de las madres'],
  ['c4', 'Cupos en salas cuna y jardines para hijos de madres trabajadoras'],
].map(([id, text]) => ({ id, text, dots: id.endsWith('1') ? 5 : 1 }));

describe('themes on a small set with an obvious answer', () => {
  it('finds the three topics with k = 3 and labels them in Spanish', () => {
    const result = discoverThemes(threeTopics, { k: 3, seed: 7 });
    const truth = threeTopics.map((idea) => idea.id[0]);
    expect(adjustedRandIndex(truth, result.assignment)).toBe(1);
    const labels = result.themes.map((theme) => theme.label.toLowerCase()).join(' | ');
    expect(labels).toMatch(/capacitación|oficios|jóvenes/);
    expect(labels).toMatch(/transporte|buses|público/);
    expect(labels).toMatch(/salas|cuna|madres|jardines/);
    expect(result.themes.reduce((sum, theme) => sum + theme.dots, 0)).toBe(3 * 5 + 9);
  });
  it('chooses k = 3 by itself and says how', () => {
    const result = discoverThemes(threeTopics, { seed: 3 });
    expect(result.k).toBe(3);
    expect(result.kChoice).toMatch(/silueta/);
    expect(
      adjustedRandIndex(
        threeTopics.map((idea) => idea.id[0]),
        result.assignment,
      ),
    ).toBe(1);
  });
  it('is deterministic for a seed and puts every idea in exactly one theme', () => {
    const first = discoverThemes(threeTopics, { k: 4, seed: 11 });
    const again = discoverThemes(threeTopics, { k: 4, seed: 11 });
    expect(again.themes).toEqual(first.themes);
    const members = first.themes.flatMap((theme) => theme.members).sort((a, b) => a - b);
    expect(members).toEqual(threeTopics.map((_, index) => index));
  });
  it('keeps every pinned group even with fewer ideas than kept themes', () => {
    const few = threeTopics.slice(0, 2);
    const result = discoverThemes(few, { k: 1, seed: 2, pinned: new Map([[1, 2]]), seedGroups: 3 });
    expect(result.assignment[1]).toBe(2);
    expect(result.themes[2].members).toEqual([1]);
  });
  it('keeps pinned ideas in their group', () => {
    const pinned = new Map([
      [0, 0],
      [4, 0],
    ]);
    const result = discoverThemes(threeTopics, { k: 3, seed: 5, pinned, seedGroups: 1 });
    expect(result.assignment[0]).toBe(0);
    expect(result.assignment[4]).toBe(0);
  });
});
