import { memo, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WebBackdrop, WebControls, WebLegend, WebTasks } from './SpiderWebParts.js';
import type { PlanView } from './types.js';
import { useWebCamera } from './useWebCamera.js';
import { placeTasks, ringsOf } from './webLayout.js';

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

  const { viewBox, zoom, pan, reset, handlers } = useWebCamera(svgRef);

  return (
    <figure className="karabirrdt-web">
      <WebControls zoom={zoom} pan={pan} reset={reset} />
      <p className="hint no-print">{t('karabirrdt.webHelp')}</p>
      <svg
        ref={svgRef}
        viewBox={viewBox}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the web takes the arrow and +/- keys to pan and zoom
        tabIndex={0}
        onKeyDown={handlers.onKeyDown}
        onClick={(event) => {
          const id = (event.target as Element).closest('[data-task-id]')?.getAttribute('data-task-id');
          if (id) onSelect(Number(id));
        }}
        onPointerDown={handlers.onPointerDown}
        onPointerMove={handlers.onPointerMove}
        onPointerUp={handlers.onPointerUp}
        onPointerCancel={handlers.onPointerUp}
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
        <WebBackdrop rings={rings} />
        <path d={threadPaths.normal} className="web-thread" />
        <path d={threadPaths.bold} className="web-thread-critical" />
        <WebTasks view={view} placed={placed} members={members} selectedTaskId={selectedTaskId} />
        <text textAnchor="middle" dominantBaseline="middle" className="web-centre">
          Karabirrdt
        </text>
      </svg>
      <WebLegend rings={rings} />
    </figure>
  );
});
