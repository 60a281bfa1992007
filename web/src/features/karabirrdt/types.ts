/** The plan as GET /api/plans/:id returns it. */
export type Quadrant = 'sonar' | 'planificar' | 'hacer' | 'celebrar';
export type TaskStatus = 'pending' | 'in_progress' | 'done';

export interface Member {
  id: number;
  name: string;
  userId: number | null;
}
export interface Dream {
  id: number;
  memberId: number | null;
  text: string;
  achieved: boolean | null;
  evaluationNote: string | null;
}
export interface Objective {
  id: number;
  title: string;
  position: number;
  dots: number;
  rank: number;
}
export interface Task {
  id: number;
  title: string;
  description: string | null;
  step: number;
  quadrant: Quadrant;
  objectiveId: number | null;
  hours: number;
  cost: number;
  durationDays: number;
  startDate: string | null;
  dueDate: string | null;
  status: TaskStatus;
  version: number;
  canDo: number[];
  wantsToLearn: number[];
}
export interface Thread {
  id: number;
  fromTaskId: number;
  toTaskId: number;
}
export interface Timing {
  earliestStart: number;
  earliestFinish: number;
  latestStart: number;
  latestFinish: number;
  slack: number;
  critical: boolean;
  earliestStartDate: string;
  latestFinishDate: string;
  late: boolean;
}
export interface Tally {
  tasks: number;
  done: number;
  hours: number;
  doneHours: number;
  cost: number;
}
export interface PlanView {
  plan: {
    id: number;
    title: string;
    regionCode: string | null;
    startDate: string;
    endDate: string | null;
    dotsPerMember: number;
  };
  today: string;
  members: Member[];
  dreams: Dream[];
  objectives: Objective[];
  poll: Array<{ memberId: number; objectiveId: number; dots: number }>;
  tasks: Task[];
  threads: Thread[];
  analysis: {
    timing: Record<string, Timing>;
    duration: number;
    endDate: string;
    criticalPath: number[];
    criticalThreadIds: number[];
    lateTaskIds: number[];
    progress: { total: Tally; byQuadrant: Record<Quadrant, Tally>; byObjective: Record<string, Tally> };
    checks: {
      tasksWithoutPeople: number[];
      tasksWithoutThreads: number[];
      leverage: Array<{ taskId: number; threads: number }>;
      celebrateShare: number;
      celebrateTarget: number;
      objectiveCount: number;
    };
  };
}

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
