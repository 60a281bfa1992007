import type { PlanView } from './types.js';

export interface Placed {
  x: number;
  y: number;
  r: number;
}

export const outerRadius = 470;
export const innerRadius = 70;

/** Rings from the centre: objectives by straw-poll rank, then tasks without objective. */
export function ringsOf(view: PlanView): Array<{ id: number | null; title: string }> {
  const rings: Array<{ id: number | null; title: string }> = view.objectives.map((objective) => ({
    id: objective.id,
    title: objective.title,
  }));
  if (!rings.length || view.tasks.some((task) => task.objectiveId === null))
    rings.push({ id: null, title: '' });
  return rings;
}

export function polar(radius: number, angle: number) {
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Angle where a step's sector starts: step 1 at the top, clockwise. */
export const stepAngle = (step: number) => -Math.PI / 2 + ((step - 1) * Math.PI) / 6;

/**
 * Where each task sits: its step gives the sector, its objective the ring, and the tasks of one
 * cell share it on a small grid, so that even thousands of tasks stay apart.
 */
export function placeTasks(view: PlanView): Map<number, Placed> {
  const rings = ringsOf(view);
  const ringIndex = new Map(rings.map((ring, index) => [ring.id, index]));
  const band = (outerRadius - innerRadius) / rings.length;
  const cells = new Map<string, number[]>();
  for (const task of view.tasks) {
    const key = `${task.step}:${ringIndex.get(task.objectiveId) ?? rings.length - 1}`;
    const list = cells.get(key);
    if (list) list.push(task.id);
    else cells.set(key, [task.id]);
  }
  const placed = new Map<number, Placed>();
  for (const [key, ids] of cells) {
    const [step, ring] = key.split(':').map(Number);
    const r0 = innerRadius + ring * band;
    const sweep = Math.PI / 6;
    const a0 = stepAngle(step) + sweep * 0.06;
    const usable = sweep * 0.88;
    const middle = r0 + band / 2;
    // As many columns along the arc as its length allows relative to the band's depth.
    const aspect = (middle * usable) / band;
    const rows = Math.max(1, Math.round(Math.sqrt(ids.length / aspect)));
    const cols = Math.ceil(ids.length / rows);
    const size = Math.min(14, (0.42 * band) / rows, (0.42 * middle * usable) / cols);
    ids.forEach((id, index) => {
      const row = Math.floor(index / cols);
      const col = index % cols;
      const radius = r0 + ((row + 0.5) * band) / rows;
      const angle = a0 + ((col + 0.5) * usable) / cols;
      placed.set(id, { ...polar(radius, angle), r: size });
    });
  }
  return placed;
}
