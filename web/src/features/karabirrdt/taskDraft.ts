import type { Task } from './types.js';

/** The task form's state (text as typed), from a task and to the body the API takes. */
export interface Draft {
  title: string;
  description: string;
  step: string;
  objectiveId: string;
  hours: string;
  cost: string;
  durationDays: string;
  startDate: string;
  dueDate: string;
  status: Task['status'];
  canDo: number[];
  wantsToLearn: number[];
}

export const draftOf = (task: Task | null): Draft => ({
  title: task?.title ?? '',
  description: task?.description ?? '',
  step: String(task?.step ?? 1),
  objectiveId: task?.objectiveId === null || !task ? '' : String(task.objectiveId),
  hours: String(task?.hours ?? 0),
  cost: String(task?.cost ?? 0),
  durationDays: String(task?.durationDays ?? 1),
  startDate: task?.startDate ?? '',
  dueDate: task?.dueDate ?? '',
  status: task?.status ?? 'pending',
  canDo: task?.canDo ?? [],
  wantsToLearn: task?.wantsToLearn ?? [],
});

export function bodyOf(draft: Draft) {
  return {
    title: draft.title,
    description: draft.description.trim() || null,
    step: Number(draft.step),
    objectiveId: draft.objectiveId ? Number(draft.objectiveId) : null,
    hours: Number(draft.hours || 0),
    cost: Math.round(Number(draft.cost || 0)),
    durationDays: Math.round(Number(draft.durationDays || 0)),
    startDate: draft.startDate || null,
    dueDate: draft.dueDate || null,
    status: draft.status,
    canDo: draft.canDo,
    wantsToLearn: draft.wantsToLearn,
  };
}
