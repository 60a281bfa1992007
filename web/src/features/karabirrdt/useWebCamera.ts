import { type KeyboardEvent, type PointerEvent, type RefObject, useEffect, useRef, useState } from 'react';

const extent = 560;
interface Camera {
  x: number;
  y: number;
  zoom: number;
}
const home: Camera = { x: 0, y: 0, zoom: 1 };

function zoomBy(camera: Camera, factor: number): Camera {
  return { ...camera, zoom: Math.min(40, Math.max(0.5, camera.zoom * factor)) };
}

/**
 * Where the web is looked at from: zoom and pan with the wheel, dragging the background, the
 * arrow and +/- keys (0 goes home) or the buttons. Gives the SVG's viewBox and its handlers.
 */
export function useWebCamera(svgRef: RefObject<SVGSVGElement | null>) {
  const [camera, setCamera] = useState<Camera>(home);
  const drag = useRef<{ x: number; y: number; camera: Camera } | null>(null);
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
  }, [svgRef.current]);

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
  return {
    viewBox,
    zoom: (factor: number) => setCamera((current) => zoomBy(current, factor)),
    pan,
    reset: () => setCamera(home),
    handlers: { onKeyDown, onPointerDown, onPointerMove, onPointerUp: endDrag },
  };
}
