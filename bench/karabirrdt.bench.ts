// Karabirrdt figures on a generated plan of 2,000 tasks and 5,000 threads: the schedule and
// critical path (target < 50 ms), the whole analysis behind the plan page, and the spider web
// drawn in Chromium (target < 1 s). `npm run bench -- karabirrdt`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { analysePlan, type TaskFacts } from '../src/modules/karabirrdt/analysis.js';
import { computeSchedule } from '../src/modules/karabirrdt/schedule.js';
import type { PlanFile } from '../src/modules/karabirrdt/schema.js';
import { importPlan } from '../src/modules/karabirrdt/transfer.js';
import { launchBrowser } from '../src/test/browser.js';
import { startTestServer } from '../src/test/server.js';

const taskCount = 2000;
const threadCount = 5000;

/** A deterministic pseudo-random sequence, so every run measures the same plan. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Threads only go from a lower to a higher task number, so the plan has no loop. */
export function generatedPlan(): PlanFile {
  const next = random(8);
  const members = Array.from({ length: 24 }, (_, index) => ({
    key: `m${index}`,
    name: `Persona ${index + 1}`,
  }));
  const objectives = Array.from({ length: 8 }, (_, index) => ({
    key: `o${index}`,
    title: `Objetivo ${index + 1}`,
  }));
  const tasks = Array.from({ length: taskCount }, (_, index) => ({
    key: `t${index}`,
    title: `Tarea ${index + 1}`,
    description: null,
    step: 1 + Math.floor((index / taskCount) * 12),
    objective: objectives[Math.floor(next() * 8)].key,
    hours: 1 + Math.floor(next() * 40),
    cost: Math.floor(next() * 500) * 1000,
    durationDays: 1 + Math.floor(next() * 10),
    startDate: null,
    dueDate: null,
    status: next() < 0.3 ? ('done' as const) : ('pending' as const),
    canDo: [members[Math.floor(next() * 24)].key],
    wantsToLearn: next() < 0.2 ? [members[Math.floor(next() * 24)].key] : [],
  }));
  const pairs = new Set<string>();
  const threads: Array<{ from: string; to: string }> = [];
  while (threads.length < threadCount) {
    const a = Math.floor(next() * taskCount);
    const b = Math.min(taskCount - 1, a + 1 + Math.floor(next() * 60));
    if (a === b || pairs.has(`${a}:${b}`)) continue;
    pairs.add(`${a}:${b}`);
    threads.push({ from: `t${a}`, to: `t${b}` });
  }
  return {
    format: 'minga.karabirrdt',
    version: 1,
    plan: {
      title: 'Plan generado',
      regionCode: null,
      startDate: '2027-01-04',
      endDate: null,
      dotsPerMember: 5,
    },
    members,
    dreams: [],
    objectives,
    poll: [],
    tasks,
    threads,
  };
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run(log: (line: string) => void) {
  const file = generatedPlan();
  const index = new Map(file.tasks.map((task, position) => [task.key, position]));
  const durations = Int32Array.from(file.tasks, (task) => task.durationDays);
  const from = Int32Array.from(file.threads, (thread) => index.get(thread.from)!);
  const to = Int32Array.from(file.threads, (thread) => index.get(thread.to)!);

  const scheduleTimes: number[] = [];
  let duration = 0;
  for (let round = 0; round < 30; round++) {
    const started = performance.now();
    const schedule = computeSchedule(durations, from, to);
    scheduleTimes.push(performance.now() - started);
    duration = schedule.duration;
  }
  log(`schedule: ${taskCount} tasks, ${threadCount} threads, plan of ${duration} days`);

  const facts: TaskFacts[] = file.tasks.map((task, position) => ({
    id: position + 1,
    title: task.title,
    step: task.step,
    objectiveId: Number(task.objective?.slice(1) ?? 0) + 1,
    hours: task.hours,
    cost: task.cost,
    durationDays: task.durationDays,
    startDate: null,
    dueDate: null,
    status: task.status,
    canDo: [1],
    wantsToLearn: [],
  }));
  const threadFacts = file.threads.map((thread, position) => ({
    id: position + 1,
    fromTaskId: index.get(thread.from)! + 1,
    toTaskId: index.get(thread.to)! + 1,
  }));
  const analysisTimes: number[] = [];
  for (let round = 0; round < 10; round++) {
    const started = performance.now();
    analysePlan({
      startDate: '2027-01-04',
      today: '2027-03-01',
      tasks: facts,
      threads: threadFacts,
      objectiveIds: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    analysisTimes.push(performance.now() - started);
  }

  const figures: Record<string, number | string | boolean> = {
    karabirrdt_schedule_2000x5000_median_ms: Number(median(scheduleTimes).toFixed(2)),
    karabirrdt_schedule_2000x5000_max_ms: Number(Math.max(...scheduleTimes).toFixed(2)),
    karabirrdt_analysis_2000x5000_median_ms: Number(median(analysisTimes).toFixed(2)),
    karabirrdt_schedule_under_50ms: median(scheduleTimes) < 50,
  };

  if (!fs.existsSync('/usr/bin/chromium') && !process.env.MINGA_CHROMIUM) {
    log('Chromium is missing: the web drawing is not measured');
    return figures;
  }
  const built = spawnSync(
    process.execPath,
    [path.resolve(import.meta.dirname, '../scripts/ensure-web-build.mjs')],
    {
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('the web client did not build');
  const server = await startTestServer('sqlite');
  const browser = await launchBrowser();
  try {
    const started = performance.now();
    const plan = await importPlan(server.ctx, null, file);
    figures.karabirrdt_import_2000x5000_ms = Math.round(performance.now() - started);
    const national = await server.signIn('national');
    const viewStarted = performance.now();
    const view = await national.get(`/api/plans/${plan.id}`);
    figures.karabirrdt_plan_view_api_ms = Math.round(performance.now() - viewStarted);
    if (view.status !== 200) throw new Error(`plan view answered ${view.status}`);
    const renders: number[] = [];
    const commits: number[] = [];
    const pages: number[] = [];
    for (let round = 0; round < 3; round++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const [name, value] = national.sessionCookie.split('=');
      await context.addCookies([{ name, value, url: server.url }]);
      const page = await context.newPage();
      const navigated = performance.now();
      await page.goto(`${server.url}/staff/planificacion/${plan.id}`);
      const svg = page.locator(`svg[data-tasks="${taskCount}"][data-paint-ms]`);
      await svg.waitFor({ timeout: 30_000 });
      pages.push(performance.now() - navigated);
      renders.push(Number(await svg.getAttribute('data-paint-ms')));
      commits.push(Number(await svg.getAttribute('data-render-ms')));
      await context.close();
    }
    log(`web: ${taskCount} nodes and ${threadCount} threads drawn ${renders.length} times`);
    // From the component's render to the DOM committed, and to the next frame.
    figures.karabirrdt_web_commit_2000x5000_ms = Number(median(commits).toFixed(1));
    figures.karabirrdt_web_render_2000x5000_ms = Number(median(renders).toFixed(1));
    figures.karabirrdt_web_page_until_drawn_ms = Math.round(median(pages));
    figures.karabirrdt_web_under_1s = median(renders) < 1000;
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
