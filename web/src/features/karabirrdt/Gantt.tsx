import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.js';
import { type PlanView, quadrantColours, quadrantOfStep } from './types.js';

const rowHeight = 22;
const labelWidth = 260;

function daysFrom(start: string, date: string) {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/** The same plan as a Gantt chart: earliest start to earliest finish, slack in a lighter tone. */
export function Gantt({ view, onSelect }: { view: PlanView; onSelect: (taskId: number) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const timing = view.analysis.timing;
  const rows = useMemo(
    () =>
      [...view.tasks].sort(
        (a, b) => (timing[a.id]?.earliestStart ?? 0) - (timing[b.id]?.earliestStart ?? 0) || a.id - b.id,
      ),
    [view, timing],
  );
  const days = Math.max(1, view.analysis.duration);
  const dayWidth = Math.max(3, Math.min(28, 880 / days));
  const width = labelWidth + days * dayWidth + 20;
  const height = 30 + rows.length * rowHeight;
  const todayOffset = daysFrom(view.plan.startDate, view.today);
  const tick = Math.max(1, Math.ceil(days / 12 / 7) * 7);
  const late = new Set(view.analysis.lateTaskIds);
  return (
    <div className="gantt-wrap">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
        className="gantt-svg"
      >
        <title id={titleId}>{t('karabirrdt.ganttTitle', { title: view.plan.title })}</title>
        <desc id={descriptionId}>
          {t('karabirrdt.ganttDescription', {
            days: view.analysis.duration,
            end: formatDate(view.analysis.endDate),
          })}
        </desc>
        {Array.from({ length: Math.floor(days / tick) + 1 }, (_, index) => index * tick).map((day) => {
          const x = labelWidth + day * dayWidth;
          return (
            <g key={day}>
              <line x1={x} x2={x} y1={20} y2={height} className="gantt-grid" />
              <text x={x + 2} y={14} className="gantt-tick">
                {day}
              </text>
            </g>
          );
        })}
        {todayOffset >= 0 && todayOffset <= days ? (
          <g>
            <line
              x1={labelWidth + todayOffset * dayWidth}
              x2={labelWidth + todayOffset * dayWidth}
              y1={20}
              y2={height}
              className="gantt-today"
            />
            <text x={labelWidth + todayOffset * dayWidth + 3} y={28} className="gantt-tick">
              {t('karabirrdt.today')}
            </text>
          </g>
        ) : null}
        {rows.map((task, index) => {
          const timed = timing[task.id];
          if (!timed) return null;
          const y = 30 + index * rowHeight;
          const colour = quadrantColours[quadrantOfStep(task.step)];
          const x = labelWidth + timed.earliestStart * dayWidth;
          const barWidth = Math.max(2, (timed.earliestFinish - timed.earliestStart) * dayWidth);
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the task table is the keyboard path
            <g key={task.id} onClick={() => onSelect(task.id)} className="gantt-row">
              <text x={4} y={y + 15} className="gantt-label">
                {task.status === 'done' ? '✓ ' : ''}
                {late.has(task.id) ? '! ' : ''}
                {task.title.length > 34 ? `${task.title.slice(0, 33)}…` : task.title}
              </text>
              {timed.slack > 0 ? (
                <rect
                  x={x + barWidth}
                  y={y + 7}
                  width={timed.slack * dayWidth}
                  height={6}
                  fill={colour}
                  fillOpacity={0.25}
                />
              ) : null}
              <rect
                x={x}
                y={y + 3}
                width={barWidth}
                height={14}
                rx={3}
                fill={task.status === 'done' ? '#ffffff' : colour}
                stroke={timed.critical ? '#1b1f23' : colour}
                strokeWidth={timed.critical ? 2.5 : 1}
              />
            </g>
          );
        })}
      </svg>
    </div>
  );
}
