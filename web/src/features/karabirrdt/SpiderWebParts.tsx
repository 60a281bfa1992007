import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { type Member, type PlanView, quadrantColours, quadrantOfStep, quadrants } from './types.js';
import { innerRadius, outerRadius, type placeTasks, polar, type ringsOf, stepAngle } from './webLayout.js';

type Rings = ReturnType<typeof ringsOf>;

function initialsOf(ids: number[], members: Map<number, Member>) {
  return ids
    .slice(0, 2)
    .map((id) =>
      (members.get(id)?.name ?? '?')
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((part) => part[0]?.toUpperCase())
        .join(''),
    )
    .join(' ');
}

/** Zoom, pan, back to the whole web, and print. */
export function WebControls({
  zoom,
  pan,
  reset,
}: {
  zoom: (factor: number) => void;
  pan: (dx: number, dy: number) => void;
  reset: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar web-controls" role="toolbar" aria-label={t('karabirrdt.views')}>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => zoom(1.25)}
        aria-label={t('karabirrdt.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => zoom(0.8)}
        aria-label={t('karabirrdt.zoomOut')}
      >
        −
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => pan(-1, 0)}
        aria-label={t('karabirrdt.panLeft')}
      >
        ←
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => pan(1, 0)}
        aria-label={t('karabirrdt.panRight')}
      >
        →
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => pan(0, -1)}
        aria-label={t('karabirrdt.panUp')}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => pan(0, 1)}
        aria-label={t('karabirrdt.panDown')}
      >
        ↓
      </button>
      <button type="button" className="btn btn-secondary" onClick={reset}>
        {t('karabirrdt.resetView')}
      </button>
      <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
        {t('karabirrdt.print')}
      </button>
    </div>
  );
}

/** What does not move with the plan: the four quadrants, the objective rings and the 12 step spokes. */
export function WebBackdrop({ rings }: { rings: Rings }) {
  const { t } = useTranslation();
  return (
    <>
      {quadrants.map((quadrant, index) => {
        const a0 = stepAngle(index * 3 + 1);
        const a1 = a0 + Math.PI / 2;
        const p0 = polar(outerRadius, a0);
        const p1 = polar(outerRadius, a1);
        const label = polar(outerRadius + 62, a0 + Math.PI / 4);
        return (
          <g key={quadrant}>
            <path
              d={`M0 0L${p0.x} ${p0.y}A${outerRadius} ${outerRadius} 0 0 1 ${p1.x} ${p1.y}Z`}
              fill={quadrantColours[quadrant]}
              fillOpacity={0.07}
            />
            <text
              x={label.x}
              y={label.y}
              textAnchor="middle"
              className="web-quadrant"
              fill={quadrantColours[quadrant]}
            >
              {t(`karabirrdt.quadrants.${quadrant}`)}
            </text>
          </g>
        );
      })}
      {rings.map((ring, index) => (
        <circle
          key={ring.id ?? 'none'}
          r={innerRadius + ((index + 1) * (outerRadius - innerRadius)) / rings.length}
          className="web-ring"
        />
      ))}
      <circle r={innerRadius} className="web-ring" />
      {Array.from({ length: 12 }, (_, index) => {
        const step = index + 1;
        const a = stepAngle(step);
        const inner = polar(innerRadius, a);
        const outer = polar(outerRadius, a);
        const label = polar(outerRadius + 22, a + Math.PI / 12);
        return (
          <g key={step}>
            <line
              x1={inner.x}
              y1={inner.y}
              x2={outer.x}
              y2={outer.y}
              className={step % 3 === 1 ? 'web-spoke-major' : 'web-spoke'}
            />
            <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="middle" className="web-step">
              {step}
            </text>
          </g>
        );
      })}
    </>
  );
}

/** The tasks as nodes: colour of their quadrant, hollow with a tick when done, bold when critical, ! when late. */
export function WebTasks({
  view,
  placed,
  members,
  selectedTaskId,
}: {
  view: PlanView;
  placed: ReturnType<typeof placeTasks>;
  members: Map<number, Member>;
  selectedTaskId: number | null;
}) {
  const { t } = useTranslation();
  const timing = view.analysis.timing;
  const late = new Set(view.analysis.lateTaskIds);
  // Tooltips for a meeting-sized plan; a huge one relies on the task table instead.
  const withTitles = view.tasks.length <= 400;
  return (
    <>
      {view.tasks.map((task) => {
        const spot = placed.get(task.id);
        if (!spot) return null;
        const isCritical = timing[task.id]?.critical;
        const isDone = task.status === 'done';
        const colour = quadrantColours[quadrantOfStep(task.step)];
        const x = spot.x;
        const y = spot.y;
        const r = spot.r;
        const people = r >= 7 || withTitles ? initialsOf(task.canDo, members) : '';
        // Flat elements (no group per task) keep thousands of tasks cheap to draw.
        return (
          <Fragment key={task.id}>
            <circle
              data-task-id={task.id}
              cx={x.toFixed(1)}
              cy={y.toFixed(1)}
              r={r.toFixed(2)}
              fill={isDone ? '#ffffff' : colour}
              stroke={isCritical ? '#1b1f23' : colour}
              strokeWidth={isCritical ? Math.max(1.5, r / 3.5) : Math.max(0.75, r / 8)}
              className={selectedTaskId === task.id ? 'web-task web-task-selected' : 'web-task'}
            >
              {withTitles ? (
                <title>
                  {task.title} · {t(`karabirrdt.status.${task.status}`)}
                  {people ? ` · ${people}` : ''}
                </title>
              ) : null}
            </circle>
            {isDone ? (
              <path
                data-done-task={task.id}
                d={`M${(x - r * 0.5).toFixed(1)} ${y.toFixed(1)}l${(r * 0.4).toFixed(1)} ${(r * 0.45).toFixed(1)}l${(r * 0.65).toFixed(1)} ${(-r * 0.9).toFixed(1)}`}
                className="web-check"
                strokeWidth={Math.max(1, r / 4)}
              />
            ) : null}
            {late.has(task.id) ? (
              <text x={x + r * 0.9} y={y - r * 0.7} className="web-late" fontSize={Math.max(6, r)}>
                !
              </text>
            ) : null}
            {people && r >= 7 && !isDone ? (
              <text
                x={x}
                y={y}
                textAnchor="middle"
                dominantBaseline="central"
                className="web-initials"
                fontSize={r * 0.62}
              >
                {people}
              </text>
            ) : null}
          </Fragment>
        );
      })}
    </>
  );
}

/** The colours of the quadrants, the marks, and the objectives ring by ring. */
export function WebLegend({ rings }: { rings: Rings }) {
  const { t } = useTranslation();
  return (
    <figcaption className="web-legend">
      <strong>{t('karabirrdt.legend')}:</strong>{' '}
      {quadrants.map((quadrant) => (
        <span key={quadrant} className="legend-item">
          <span
            className="legend-swatch"
            style={{ background: quadrantColours[quadrant] }}
            aria-hidden="true"
          />
          {t(`karabirrdt.quadrants.${quadrant}`)}
        </span>
      ))}
      <span className="legend-item">✓ {t('karabirrdt.legendDone')}</span>
      <span className="legend-item">◯ {t('karabirrdt.legendCritical')}</span>
      <span className="legend-item">! {t('karabirrdt.legendLate')}</span>
      {rings.length ? (
        <ol className="legend-rings">
          {rings.map((ring) => (
            <li key={ring.id ?? 'none'}>{ring.id === null ? t('karabirrdt.noObjective') : ring.title}</li>
          ))}
        </ol>
      ) : null}
    </figcaption>
  );
}
