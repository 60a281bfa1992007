import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicate-index.js';

describe('near-duplicate index', () => {
  // Each test its own index: one of them changes it, and they may run in any order.
  function indexOfFive() {
    const index = new DuplicateIndex();
    index.upsert(1, 'Más buses nocturnos para los trabajadores de turno');
    index.upsert(2, 'Salas cuna en los lugares de trabajo');
    index.upsert(3, 'Cursos de capacitación en computación para adultos mayores');
    index.upsert(4, 'mas buses nocturnos para trabajadores de turnos');
    index.upsert(5, 'Capacitación en computación para personas mayores');
    return index;
  }

  it('finds the same idea in other words, typos and missing accents, best first', () => {
    const index = indexOfFive();
    const matches = index.similarTo(4);
    expect(matches[0].id).toBe(1);
    expect(matches[0].score).toBeGreaterThan(0.7);
    expect(matches.map((match) => match.id)).not.toContain(2);
    expect(index.similarTo(5)[0].id).toBe(3);
  });

  it('scores an unindexed text and ranks nothing unrelated', () => {
    const index = indexOfFive();
    const matches = index.similarToText('Buses nocturnos para trabajadores');
    expect(matches.map((match) => match.id).sort()).toEqual([1, 4]);
    expect(index.similarToText('Fiscalización en la pesca artesanal')).toEqual([]);
  });

  it('forgets removed ideas and re-indexes a changed text', () => {
    const index = indexOfFive();
    index.remove(1);
    expect(index.similarTo(4)).toEqual([]);
    index.upsert(2, 'Buses nocturnos para trabajadores de turno');
    expect(index.similarTo(4)[0].id).toBe(2);
    expect(index.size).toBe(4);
  });

  it('finds the copies of a text pasted many times, whose words are no longer rare', () => {
    const index = new DuplicateIndex();
    const pasted =
      'Hay una propuesta muy buena para acabar con las cacas de los perros. Votadla y dadle difusión.';
    for (let id = 1; id <= 30; id += 1) index.upsert(id, pasted);
    for (let id = 31; id <= 100; id += 1)
      index.upsert(id, `Idea distinta número ${id} sobre árboles y parques ${id % 7}`);
    const matches = index.similarTo(1, 5, 0.3);
    expect(matches).toHaveLength(5);
    expect(matches.every((match) => match.id <= 30 && match.score > 0.99)).toBe(true);
  });
});
