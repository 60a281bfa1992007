import { describe, expect, it } from 'vitest';
import { adjustedRand } from './agreement.js';
import { computeOpinionGroups } from './engine.js';
import { chooseGroups, groupCountRange, initialGroupState, nextGroupCount } from './groups.js';
import { kMeans, silhouette } from './kmeans.js';
import { buildVoteMatrix, voteMatrixFromRows } from './matrix.js';
import { groupedParticipants } from './participants.js';
import { principalComponents, projectParticipants, statementMeans } from './pca.js';
import { plantedConsultation } from './planted.js';

describe('vote matrix', () => {
  it('keeps the last vote a person gave on a statement (a changed vote)', () => {
    const matrix = buildVoteMatrix(2, 3, [0, 0, 1, 0], [2, 1, 0, 2], [1, -1, 0, -1]);
    expect(Array.from(matrix.rowStart)).toEqual([0, 2, 3]);
    expect(Array.from(matrix.columns)).toEqual([1, 2, 0]);
    expect(Array.from(matrix.values)).toEqual([-1, -1, 0]);
  });

  it('refuses a vote outside the matrix', () => {
    expect(() => buildVoteMatrix(1, 1, [0], [1], [1])).toThrow(RangeError);
  });
});

describe('who is grouped', () => {
  it('takes people with at least min(7, statements) votes', () => {
    const rows = Array.from({ length: 40 }, (_, person) =>
      Array.from({ length: 10 }, (_, statement) => (statement < (person % 2 ? 7 : 6) ? 1 : null)),
    );
    const grouped = Array.from(groupedParticipants(voteMatrixFromRows(rows)));
    expect(grouped).toEqual(rows.map((_, person) => person).filter((person) => person % 2 === 1));
  });

  it('tops up to 15 with the most active when too few qualify', () => {
    // Three with 7 votes, then people with 6, 5, 4, … votes: the 12 most active of those join.
    const rows = Array.from({ length: 30 }, (_, person) =>
      Array.from({ length: 9 }, (_, statement) =>
        statement < (person < 3 ? 7 : 1 + (person % 6)) ? -1 : null,
      ),
    );
    const grouped = groupedParticipants(voteMatrixFromRows(rows));
    expect(grouped.length).toBe(15);
    for (const person of [0, 1, 2]) expect(grouped).toContain(person);
    const counts = rows.map((row) => row.filter((vote) => vote !== null).length);
    const left = rows.map((_, person) => person).filter((person) => !grouped.includes(person));
    const weakestIn = Math.min(...Array.from(grouped, (person) => counts[person]));
    expect(Math.max(...left.map((person) => counts[person]))).toBeLessThanOrEqual(weakestIn);
  });

  it('with few statements asks for a vote on each', () => {
    const rows = Array.from({ length: 16 }, (_, person) => [1, person === 0 ? null : -1, 0]);
    expect(Array.from(groupedParticipants(voteMatrixFromRows(rows)))).toEqual(
      Array.from({ length: 15 }, (_, index) => index + 1),
    );
  });
});

describe('principal components', () => {
  const { matrix } = plantedConsultation({ participants: 300, statements: 40, votesEach: 15, groups: 3 });

  it('is the same on every run, whatever the seed, with a fixed sign', () => {
    const one = principalComponents(matrix, { seed: 1 });
    const two = principalComponents(matrix, { seed: 99 });
    for (let col = 0; col < matrix.statements; col += 1) {
      expect(two.first[col]).toBeCloseTo(one.first[col], 5);
      expect(two.second[col]).toBeCloseTo(one.second[col], 5);
    }
    const largest = (vector: Float64Array) =>
      Array.from(vector).reduce((best, value) => (Math.abs(value) > Math.abs(best) ? value : best), 0);
    expect(largest(one.first)).toBeGreaterThan(0);
    expect(largest(one.second)).toBeGreaterThan(0);
    expect(one.eigenvalues[0]).toBeGreaterThanOrEqual(one.eigenvalues[1]);
  });

  it('equals the dense PCA of the mean-filled matrix', () => {
    const means = statementMeans(matrix);
    const dense: number[][] = Array.from({ length: matrix.participants }, () => Array.from(means));
    for (let row = 0; row < matrix.participants; row += 1) {
      for (let at = matrix.rowStart[row]; at < matrix.rowStart[row + 1]; at += 1) {
        dense[row][matrix.columns[at]] = matrix.values[at];
      }
    }
    // Dense power iteration on the covariance of the filled matrix, deflated for the second.
    const n = matrix.statements;
    const centred = dense.map((row) => row.map((value, col) => value - means[col]));
    const covariance = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => centred.reduce((sum, row) => sum + row[i] * row[j], 0)),
    );
    const power = (deflate?: number[]) => {
      let vector = Array.from({ length: n }, (_, index) => Math.cos(index + 1));
      for (let step = 0; step < 3000; step += 1) {
        let next = covariance.map((row) => row.reduce((sum, value, col) => sum + value * vector[col], 0));
        if (deflate) {
          const along = next.reduce((sum, value, col) => sum + value * deflate[col], 0);
          next = next.map((value, col) => value - along * deflate[col]);
        }
        const length = Math.hypot(...next);
        vector = next.map((value) => value / length);
      }
      return vector;
    };
    const first = power();
    const second = power(first);
    const found = principalComponents(matrix);
    const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) =>
      Math.abs(Array.from(a).reduce((sum, value, index) => sum + value * b[index], 0));
    expect(cosine(found.first, first)).toBeGreaterThan(0.9999);
    expect(cosine(found.second, second)).toBeGreaterThan(0.999);
  });

  it('scales a projection by √(statements ÷ own votes) over the voted statements only', () => {
    const small = voteMatrixFromRows([
      [1, 1, -1, -1],
      [-1, -1, 1, 1],
      [1, null, -1, null],
      [0, 1, null, -1],
    ]);
    const components = principalComponents(small);
    const points = projectParticipants(small, components);
    const means = components.means;
    const manual =
      ((1 - means[0]) * components.first[0] + (-1 - means[2]) * components.first[2]) * Math.sqrt(4 / 2);
    expect(points[4]).toBeCloseTo(manual, 10);
  });
});

describe('clustering', () => {
  it('k-means finds two clear clouds and silhouette prefers them', () => {
    const points = Float64Array.from([0, 0, 0.1, 0, 0, 0.1, 5, 5, 5.1, 5, 5, 5.1]);
    const two = kMeans(points, 2);
    expect(two.k).toBe(2);
    expect(new Set(Array.from(two.labels.slice(0, 3))).size).toBe(1);
    expect(two.labels[0]).not.toBe(two.labels[3]);
    expect(silhouette(points, two.labels, 2)).toBeGreaterThan(0.9);
  });

  it('tries k = 2 … min(5, 2 + ⌊centres/12⌋)', () => {
    expect(groupCountRange(100)).toEqual([2, 3, 4, 5]);
    expect(groupCountRange(30)).toEqual([2, 3, 4]);
    expect(groupCountRange(11)).toEqual([2]);
    expect(groupCountRange(1)).toEqual([]);
  });

  it('changes the number of groups only after the same new k wins 4 times in a row', () => {
    let state = nextGroupCount(initialGroupState(), 2);
    expect(state.k).toBe(2);
    const ks: number[] = [];
    for (const best of [3, 3, 3, 2, 3, 3, 4, 3, 3, 3, 3, 2]) {
      state = nextGroupCount(state, best);
      ks.push(state.k as number);
    }
    expect(ks).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3]);
  });

  it('keeps the current groups in a recomputation while the new best waits its turn', () => {
    const { matrix } = plantedConsultation({ participants: 400, statements: 30, votesEach: 20, groups: 3 });
    const first = computeOpinionGroups(matrix);
    expect(first.k).toBe(3);
    const forced = { k: 2, candidate: null, streak: 0 };
    const again = computeOpinionGroups(matrix, { state: forced });
    expect(again.k).toBe(2);
    expect(again.state).toMatchObject({ k: 2, candidate: 3, streak: 1 });
    let state = again.state;
    for (let step = 0; step < 3; step += 1) state = computeOpinionGroups(matrix, { state }).state;
    expect(state.k).toBe(3);
  });

  it('base centres: up to 100, each person in the group of their centre', () => {
    const { matrix } = plantedConsultation({ participants: 500, statements: 30, votesEach: 20, groups: 2 });
    const points = projectParticipants(matrix, principalComponents(matrix));
    const choice = chooseGroups(points);
    expect(choice.base.k).toBe(100);
    for (let index = 0; index < 500; index += 1) {
      expect(choice.groupOfPoint[index]).toBe(choice.groupOfBase[choice.base.labels[index]]);
    }
  });
});

describe('opinion groups end to end', () => {
  // Two or three groups: four groups in general position cannot all be told apart on a plane.
  it('recovers planted groups', () => {
    for (const groups of [2, 3]) {
      const planted = plantedConsultation({
        participants: 600,
        statements: 50,
        votesEach: 25,
        groups,
        seed: groups,
      });
      const result = computeOpinionGroups(planted.matrix);
      expect(result.k).toBe(groups);
      expect(adjustedRand(planted.group, result.groupOf)).toBeGreaterThan(0.9);
      expect(result.groups.map((group) => group.members.length)).toEqual(
        [...result.groups.map((group) => group.members.length)].sort((a, b) => b - a),
      );
    }
  });

  it('leaves out moderated statements as if they were never there', () => {
    const planted = plantedConsultation({ participants: 200, statements: 20, votesEach: 12, groups: 2 });
    const result = computeOpinionGroups(planted.matrix, { excluded: new Set([0, 1, 2]) });
    for (const group of result.groups) {
      for (const item of group.representative) expect(item.statement).toBeGreaterThan(2);
    }
    expect(result.extremity[0]).toBe(0);
    expect(result.extremity.length).toBe(20);
  });

  it('handles an empty consultation and one person', () => {
    expect(computeOpinionGroups(voteMatrixFromRows([], 3)).groups).toEqual([]);
    const one = computeOpinionGroups(voteMatrixFromRows([[1, -1, 0]]));
    expect(one.groups.length).toBe(1);
    expect(one.groups[0].members).toEqual([0]);
  });
});
