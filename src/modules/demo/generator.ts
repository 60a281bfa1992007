import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../../platform/random.js';
import { ageBands, CsvFileWriter, headerOf, type PackageFile, sectors } from '../datapackage/index.js';
import {
  actions,
  audiences,
  commentsPool,
  conditions,
  offers,
  organizationNames,
  regionPlaces,
  wishes,
} from './words.js';

/** The size of a generated national process. */
export interface ProcessShape {
  dialogues: number;
  participants: number;
  organizations: number;
  ideas: number;
  dotsPerParticipant: number;
  maxDotsPerIdea: number;
  /** Share of ideas merged into another one of their dialogue. */
  mergedShare: number;
  /** Share of participants who answer the evaluation. */
  evaluatedShare: number;
  /** Zipf exponent of idea popularity: higher, more concentrated votes. */
  popularity: number;
  seed: number;
}

/** The demo: 16 dialogues, one per region, about 400 people from about 300 organisations. */
export const demoShape: ProcessShape = {
  dialogues: 16,
  participants: 411,
  organizations: 358,
  ideas: 1820,
  dotsPerParticipant: 5,
  maxDotsPerIdea: 3,
  mergedShare: 0.017,
  evaluatedShare: 0.93,
  popularity: 0.96,
  seed: 2025,
};

const regionCodes = Object.keys(regionPlaces);
const kinds = Object.keys(organizationNames);

/** A small seeded generator (mulberry32): the same seed gives the same package. */
export function seededRandom(seed: number) {
  const next = mulberry32(seed);
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    weighted: <T>(items: ReadonlyArray<readonly [T, number]>) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let at = next() * total;
      for (const [item, weight] of items) {
        at -= weight;
        if (at < 0) return item;
      }
      return items[items.length - 1][0];
    },
  };
}

/** Splits `total` into `parts` counts that differ by at most a few (±25 %), summing exactly to total. */
function spread(total: number, parts: number, random: ReturnType<typeof seededRandom>): number[] {
  const weights = Array.from({ length: parts }, () => 0.75 + random.next() * 0.5);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((weight) => Math.max(1, Math.floor((weight / sum) * total)));
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let index = 0; missing > 0; index = (index + 1) % parts, missing--) counts[index]++;
  return counts;
}

/**
 * Writes a realistic national process as a Minga data package: dialogues spread over the 16
 * regions, organisations of every kind, participants with sector, gender and age, ideas written by
 * combining templates, dots with a long tail (a few ideas take many), merges and evaluations.
 */
export async function generateProcess(folder: string, shape: ProcessShape): Promise<void> {
  fs.mkdirSync(folder, { recursive: true });
  const random = seededRandom(shape.seed);
  const open = (file: PackageFile) => new CsvFileWriter(path.join(folder, file), headerOf(file));
  const out = {
    dialogues: open('dialogues.csv'),
    organizations: open('organizations.csv'),
    participants: open('participants.csv'),
    ideas: open('ideas.csv'),
    votes: open('votes.csv'),
    evaluations: open('evaluations.csv'),
  };

  // Organisations: spread over regions, every kind present.
  const organizationsByRegion = new Map<string, string[]>(regionCodes.map((code) => [code, []]));
  for (let index = 0; index < shape.organizations; index++) {
    const region = regionCodes[index % regionCodes.length];
    const kind =
      index < kinds.length * regionCodes.length
        ? kinds[Math.floor(index / regionCodes.length) % kinds.length]
        : random.pick(kinds);
    const place = random.pick(regionPlaces[region]);
    const id = `O${String(index + 1).padStart(5, '0')}`;
    let name = random.pick(organizationNames[kind]).replace('{place}', place);
    if (kind === 'empresa' || kind === 'otec') name = `${name} ${place}`;
    organizationsByRegion.get(region)?.push(id);
    await out.organizations.write([id, name, kind, region]);
  }

  const participantsPer = spread(shape.participants, shape.dialogues, random);
  const ideasPer = spread(shape.ideas, shape.dialogues, random);
  const seenTexts = new Set<string>();
  let participantNumber = 0;
  let ideaNumber = 0;
  for (let dialogue = 0; dialogue < shape.dialogues; dialogue++) {
    const region = regionCodes[dialogue % regionCodes.length];
    const place = regionPlaces[region][Math.floor(dialogue / regionCodes.length) % 3];
    const dialogueId = `D${String(dialogue + 1).padStart(4, '0')}`;
    const month = 3 + (dialogue % 8);
    const day = 1 + ((dialogue * 7) % 27);
    await out.dialogues.write([
      dialogueId,
      region,
      `Diálogo de Innovación Ciudadana en ${place}`,
      `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      shape.dotsPerParticipant,
      shape.maxDotsPerIdea,
    ]);

    // Participants: about one in ten without an organisation.
    // Mostly one person per organisation; some organisations send two or three.
    const local = organizationsByRegion.get(region) ?? [];
    const sent: string[] = [];
    const people: string[] = [];
    for (let person = 0; person < participantsPer[dialogue]; person++) {
      const id = `P${String(++participantNumber).padStart(6, '0')}`;
      people.push(id);
      let organization = '';
      if (random.next() < 0.9 && local.length) {
        const fresh = local[(sent.length + dialogue * 7) % local.length];
        organization =
          sent.length && (random.next() < 0.15 || sent.length >= local.length) ? random.pick(sent) : fresh;
        if (organization === fresh && !sent.includes(fresh)) sent.push(fresh);
      }
      await out.participants.write([
        id,
        dialogueId,
        organization,
        random.weighted(sectors.map((sector, rank) => [sector, rank < 3 ? 3 : rank < 6 ? 2 : 1] as const)),
        random.weighted([
          ['f', 52],
          ['m', 46],
          ['x', 2],
        ] as const),
        random.weighted(ageBands.map((band, rank) => [band, [8, 22, 26, 22, 15, 7][rank]] as const)),
      ]);
    }

    // Ideas at 4–6 tables; a few merged into a similar, earlier idea (some as chains).
    const tables = 4 + (dialogue % 3);
    const ideaIds: string[] = [];
    const final: number[] = [];
    const mergedAt: number[] = [];
    for (let index = 0; index < ideasPer[dialogue]; index++) {
      const id = `I${String(++ideaNumber).padStart(7, '0')}`;
      ideaIds.push(id);
      let target = -1;
      if (index > 5 && random.next() < shape.mergedShare) target = random.int(index);
      final.push(target < 0 ? index : final[target]);
      mergedAt.push(target);
      await out.ideas.write([
        id,
        dialogueId,
        ideaText(random, place, seenTexts, shape.ideas <= 50_000),
        people.length ? random.pick(people) : '',
        `Mesa ${1 + (index % tables)}`,
        target < 0 ? '' : ideaIds[target],
      ]);
    }

    // Dots: idea popularity follows a Zipf-like law over a shuffled order: a long tail.
    const order = ideaIds.map((_, index) => index);
    for (let index = order.length - 1; index > 0; index--) {
      const other = random.int(index + 1);
      [order[index], order[other]] = [order[other], order[index]];
    }
    const cumulative = new Float64Array(order.length);
    let sum = 0;
    for (let rank = 0; rank < order.length; rank++) {
      sum += 1 / (rank + 1) ** shape.popularity;
      cumulative[rank] = sum;
    }
    const draw = () => {
      const at = random.next() * sum;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle] < at) low = middle + 1;
        else high = middle;
      }
      return order[low];
    };
    for (const person of people) {
      const given = new Map<number, number>();
      const onFinal = new Map<number, number>();
      for (let dot = 0; dot < shape.dotsPerParticipant; dot++) {
        for (let attempt = 0; attempt < 50; attempt++) {
          const idea = draw();
          if ((onFinal.get(final[idea]) ?? 0) >= shape.maxDotsPerIdea) continue;
          onFinal.set(final[idea], (onFinal.get(final[idea]) ?? 0) + 1);
          given.set(idea, (given.get(idea) ?? 0) + 1);
          break;
        }
      }
      for (const [idea, dots] of given) await out.votes.write([dialogueId, ideaIds[idea], person, dots]);
    }

    for (const person of people) {
      if (random.next() >= shape.evaluatedShare) continue;
      const rating = random.weighted([
        ['excelente', 58],
        ['bueno', 35],
        ['regular', 6],
        ['malo', 1],
      ] as const);
      await out.evaluations.write([
        dialogueId,
        person,
        rating,
        random.next() < 0.15 ? random.pick(commentsPool) : '',
      ]);
    }
  }
  for (const file of Object.values(out)) await file.close();
}

/** One idea in natural Spanish, from one of two sentence patterns; distinct texts while `unique`. */
function ideaText(
  random: ReturnType<typeof seededRandom>,
  place: string,
  seen: Set<string>,
  unique: boolean,
): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const text =
      random.next() < 0.78
        ? `${random.pick(actions)} ${random.pick(offers)} ${random.pick(audiences)} ${random.pick(conditions)}.`
        : `${random.pick(wishes).replace('{place}', place)}, ${random.pick(conditions)}.`;
    if (!unique) return text;
    if (!seen.has(text)) {
      seen.add(text);
      return text;
    }
  }
  return `${random.pick(actions)} ${random.pick(offers)} ${random.pick(audiences)} en ${place}.`;
}
