import { useEffect, useState } from 'react';
import { colourOf, liveLeftMs, workdayMsOfView, type TimerColour } from '../thread/sla/timer-model';
import { refreshSlaView, SLA_REFRESH_MS } from '../thread/sla-actions';
import { getThread, useThread } from '../thread/store';

export interface ChipClock {
  /** Working time left (negative: overdue). */
  leftMs: number;
  colour: TimerColour;
  workdayMs: number | undefined;
}

/** The chip's own tick: it shows whole minutes, so a second-by-second tick would only cost renders. */
const TICK_MS = 15_000;

/**
 * The open thread's reply clock for the chip, or null when no clock runs (nothing pending, or no
 * due time). The panel's timer is not mounted while the chip shows, so the chip asks for the clock
 * itself, as the panel does: when it has none for this thread, then every SLA_REFRESH_MS.
 */
export function useChipClock(): ChipClock | null {
  const threadId = useThread((s) => s.threadId);
  const sla = useThread((s) => (s.sla?.threadId === s.threadId ? s.sla.view : null));
  const [received, setReceived] = useState(() => ({ view: sla, at: Date.now() }));
  if (received.view !== sla) setReceived({ view: sla, at: Date.now() });
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (getThread().sla?.threadId !== threadId) void refreshSlaView();
    const refresh = setInterval(() => void refreshSlaView(), SLA_REFRESH_MS);
    const tick = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      clearInterval(refresh);
      clearInterval(tick);
    };
  }, [threadId]);

  if (!sla?.thread?.pendingSince) return null;
  const leftMs = liveLeftMs(sla, Math.max(0, now - received.at));
  if (leftMs === null) return null;
  return { leftMs, colour: colourOf(leftMs, sla), workdayMs: workdayMsOfView(sla) };
}
