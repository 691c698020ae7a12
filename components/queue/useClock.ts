import { useCallback, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { DEBUG_CLOCK_KEY, debugClockOffset } from '../../lib/clock';

/**
 * "Now" as the background sees it, refreshed every `tickMs`. The background honours a debug clock
 * offset (tests move SLA clocks with it); the pages honour it too so they never disagree with the
 * badge. Without the key the offset is 0. `sync()` re-reads the time at once (after new data arrived).
 */
export function useClock(tickMs: number): { now: number; sync: () => void } {
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let alive = true;
    const read = (value: unknown) => debugClockOffset(value); // always 0 in production builds
    void browser.storage.local.get(DEBUG_CLOCK_KEY).then((stored) => {
      if (alive) setOffset(read(stored[DEBUG_CLOCK_KEY]));
    });
    const onChange = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && DEBUG_CLOCK_KEY in changes) setOffset(read(changes[DEBUG_CLOCK_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);

  const sync = useCallback(() => setNow(Date.now()), []);
  return { now: now + offset, sync };
}
