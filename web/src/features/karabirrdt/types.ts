import type { api, ResponseOf } from '../../app/client.js';

export type Quadrant = 'sonar' | 'planificar' | 'hacer' | 'celebrar';

/** The plan as the server's contract declares it (GET plan). */
export type PlanView = ResponseOf<typeof api.karabirrdt.getPlan>;
export type Member = PlanView['members'][number];
export type Dream = PlanView['dreams'][number];
export type Objective = PlanView['objectives'][number];
export type Task = PlanView['tasks'][number];
export type TaskStatus = Task['status'];
export type Thread = PlanView['threads'][number];
export type Timing = PlanView['analysis']['timing'][string];
export type Tally = PlanView['analysis']['progress']['total'];

export const quadrants: Quadrant[] = ['sonar', 'planificar', 'hacer', 'celebrar'];
export const quadrantOfStep = (step: number): Quadrant => quadrants[Math.floor((step - 1) / 3)];
/** Quadrant colours, each with AA contrast against white text and the page. */
export const quadrantColours: Record<Quadrant, string> = {
  sonar: '#5b3f8c',
  planificar: '#0b5d57',
  hacer: '#9a4a00',
  celebrar: '#a4163f',
};

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
