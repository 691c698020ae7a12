import { useVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { QueueRow } from './queue-model';

export interface QueueListApi {
  /** Scrolls row `index` (clamped) into view and focuses its "open" button. */
  focusRow: (index: number) => void;
}

interface QueueListProps {
  rows: readonly QueueRow[];
  label: string;
  renderRow: (row: QueueRow, index: number) => ReactNode;
  ref?: Ref<QueueListApi>;
}

/** A row is 2 lines; the real height is measured, this only sizes the scrollbar before that. */
const ESTIMATED_ROW_PX = 46;

/**
 * Virtualised list: only the rows in view (plus a few) are in the DOM, so 10,000 waiting threads
 * scroll as smoothly as ten. Rows are measured, because an open choice list makes a row taller.
 * Keyboard: ↑/↓ (and Home/End) on a row's title move between rows, which also scrolls rows that
 * are not rendered yet into existence; Tab walks the focused row's buttons.
 */
export function QueueList({ rows, label, renderRow, ref }: QueueListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => rows[index]!.thread.id,
    overscan: 4,
  });

  const focusRow = (index: number) => {
    if (!rows.length) return;
    const target = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only exist after the scroll has rendered it.
    const tryFocus = (attempt: number) => {
      const button = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] .queue-open`);
      if (button) button.focus({ preventScroll: false });
      else if (attempt < 10) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    tryFocus(0);
  };
  useImperativeHandle(ref, () => ({ focusRow }));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('queue-open')) return;
    const index = Number(target.closest<HTMLElement>('[data-index]')?.dataset.index);
    if (!Number.isInteger(index)) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  return (
    <div ref={scrollRef} className="queue-scroll" onKeyDown={onKeyDown}>
      <div role="list" aria-label={label} className="queue-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className={`queue-row queue-row-${row.state}`}
              data-state={row.state}
              data-testid="queue-row"
              data-thread-id={row.thread.id}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {renderRow(row, item.index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
