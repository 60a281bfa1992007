import {
  Fragment,
  type KeyboardEvent,
  memo,
  type PointerEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { type Member, type PlanView, quadrantColours, quadrantOfStep, quadrants } from './types.js';
import { innerRadius, outerRadius, placeTasks, polar, ringsOf, stepAngle } from './webLayout.js';

const extent = 560;
interface Camera {
  x: number;
  y: number;
  zoom: number;
}
const home: Camera = { x: 0, y: 0, zoom: 1 };

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

/**
 * The Karabirrdt: the 12 steps as sectors, the objectives as rings, the tasks as nodes and the
 * threads as lines. Zoom and pan with the wheel, dragging, the buttons or the keyboard.
 */
export const SpiderWeb = memo(function SpiderWeb({
  view,
  selectedTaskId,
  onSelect,
}: {
  view: PlanView;
  selectedTaskId: number | null;
  onSelect: (taskId: number) => void;
}) {
  const started = performance.now();
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [camera, setCamera] = useState<Camera>(home);
  const drag = useRef<{ x: number; y: number; camera: Camera } | null>(null);

  const rings = useMemo(() => ringsOf(view), [view]);
  const placed = useMemo(() => placeTasks(view), [view]);
  const members = useMemo(() => new Map(view.members.map((member) => [member.id, member])), [view]);
  const threadPaths = useMemo(() => {
    const critical = new Set(view.analysis.criticalThreadIds);
    let normal = '';
    let bold = '';
    for (const thread of view.threads) {
      const a = placed.get(thread.fromTaskId);
      const b = placed.get(thread.toTaskId);
      if (!a || !b) continue;
      const segment = `M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
      if (critical.has(thread.id)) bold += segment;
      else normal += segment;
    }
    return { normal, bold };
  }, [view, placed]);

  useLayoutEffect(() => {
    // Read by the benchmark and the browser test: how long the web took to render and commit.
    const svg = svgRef.current;
    if (!svg) return;
    svg.dataset.renderMs = (performance.now() - started).toFixed(1);
    requestAnimationFrame(() => {
      svg.dataset.paintMs = (performance.now() - started).toFixed(1);
    });
  });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // A non-passive listener, so that zooming the web does not also scroll the page.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      setCamera((current) => zoomBy(current, event.deltaY < 0 ? 1.2 : 1 / 1.2));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, []);

  const size = (2 * extent) / camera.zoom;
  const viewBox = `${camera.x - size / 2} ${camera.y - size / 2} ${size} ${size}`;
  const pan = (dx: number, dy: number) =>
    setCamera((current) => ({
      ...current,
      x: current.x + (dx * 120) / current.zoom,
      y: current.y + (dy * 120) / current.zoom,
    }));

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number] | number | 'home'> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
      '+': 1.25,
      '=': 1.25,
      '-': 0.8,
      '0': 'home',
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    if (move === 'home') setCamera(home);
    else if (typeof move === 'number') setCamera((current) => zoomBy(current, move));
    else pan(move[0], move[1]);
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if ((event.target as Element).closest('[data-task-id]')) return;
    drag.current = { x: event.clientX, y: event.clientY, camera };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) return;
    const scale = size / event.currentTarget.getBoundingClientRect().width;
    setCamera({
      ...start.camera,
      x: start.camera.x - (event.clientX - start.x) * scale,
      y: start.camera.y - (event.clientY - start.y) * scale,
    });
  };
  const endDrag = () => {
    drag.current = null;
  };

  const timing = view.analysis.timing;
  const late = new Set(view.analysis.lateTaskIds);
  // Tooltips for a meeting-sized plan; a huge one relies on the task table instead.
  const withTitles = view.tasks.length <= 400;
  return (
    <figure className="karabirrdt-web">
      <div className="toolbar web-controls" role="toolbar" aria-label={t('karabirrdt.views')}>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setCamera((c) => zoomBy(c, 1.25))}
          aria-label={t('karabirrdt.zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setCamera((c) => zoomBy(c, 0.8))}
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
        <button type="button" className="btn btn-secondary" onClick={() => setCamera(home)}>
          {t('karabirrdt.resetView')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
          {t('karabirrdt.print')}
        </button>
      </div>
      <p className="hint no-print">{t('karabirrdt.webHelp')}</p>
      <svg
        ref={svgRef}
        viewBox={viewBox}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the web takes the arrow and +/- keys to pan and zoom
        tabIndex={0}
        onKeyDown={onKeyDown}
        onClick={(event) => {
          const id = (event.target as Element).closest('[data-task-id]')?.getAttribute('data-task-id');
          if (id) onSelect(Number(id));
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        data-tasks={view.tasks.length}
        data-threads={view.threads.length}
        className="web-svg"
      >
        <title id={titleId}>{t('karabirrdt.webTitle', { title: view.plan.title })}</title>
        <desc id={descriptionId}>
          {t('karabirrdt.webDescription', {
            tasks: view.tasks.length,
            rings: rings.length,
            threads: view.threads.length,
          })}
        </desc>
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
              <text
                x={label.x}
                y={label.y}
                textAnchor="middle"
                dominantBaseline="middle"
                className="web-step"
              >
                {step}
              </text>
            </g>
          );
        })}
        <path d={threadPaths.normal} className="web-thread" />
        <path d={threadPaths.bold} className="web-thread-critical" />
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
        <text textAnchor="middle" dominantBaseline="middle" className="web-centre">
          Karabirrdt
        </text>
      </svg>
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
    </figure>
  );
});

function zoomBy(camera: Camera, factor: number): Camera {
  return { ...camera, zoom: Math.min(40, Math.max(0.5, camera.zoom * factor)) };
}
