import { useRef, useState, type PointerEvent } from 'react';
import { moveBy, rememberPosition } from './panel-actions';
import { getOverlay } from './store';

/**
 * Dragging the panel by its header. Pointer capture keeps the moves coming to the header even
 * when the pointer leaves it, so no listener is ever added to the page.
 */
export function useDrag() {
  const start = useRef<{ x: number; y: number; dx: number; dy: number; id: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0 || (event.target as Element).closest('button')) return;
    const { offset } = getOverlay();
    start.current = { x: event.clientX, y: event.clientY, ...offset, id: event.pointerId };
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const from = start.current;
    if (!from || from.id !== event.pointerId) return;
    moveBy(event.clientX - from.x, event.clientY - from.y, from);
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    if (!start.current || start.current.id !== event.pointerId) return;
    start.current = null;
    setDragging(false);
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    rememberPosition();
  };
  return { dragging, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp } };
}
