import type { SlaEvent } from '../../schema/policy';
import { parseIsoInstantInto } from '../../schema/policy';
import { toEpochMs } from './instant';

/**
 * Events read once, in file order, into flat columns. Threads are computed one after another, so
 * their events are visited in a scattered order; touching 200k event objects that way costs cache
 * misses that dominate the whole computation, and typed columns avoid them.
 */
export interface EventColumns {
  times: Float64Array;
  /** 1 for `in`, 0 for `out`. */
  incoming: Uint8Array;
  /** The input text when it already is the report's format (reused, not re-formatted); else undefined. */
  texts: (string | undefined)[];
  /** Thread number of each event, numbered by first appearance. */
  threadOf: Int32Array;
  threadNames: string[];
  threadNumbers: Map<string, number>;
}

/**
 * Throws a RangeError naming the thread of an event whose time is invalid. With `oneThread` (the
 * caller passes a single thread's events) threads are not numbered: all events are thread 0.
 */
export function readEventColumns(events: readonly SlaEvent[], oneThread = false): EventColumns {
  const count = events.length;
  const times = new Float64Array(count);
  const incoming = new Uint8Array(count);
  const texts = new Array<string | undefined>(count);
  const threadOf = new Int32Array(count);
  const threadNames: string[] = [];
  const threadNumbers = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const { thread, at, direction } = events[i]!;
    if (typeof at === 'string') parseIsoInstantInto(at, times, i);
    else times[i] = toEpochMs(at);
    if (Number.isNaN(times[i])) throw new RangeError(`event of thread ${JSON.stringify(thread)}: invalid time ${JSON.stringify(at)}`);
    incoming[i] = direction === 'in' ? 1 : 0;
    texts[i] = typeof at === 'string' && at.length === 24 && at.charCodeAt(23) === 90 /* Z */ ? at : undefined;
    if (oneThread) continue; // threadOf stays 0
    let number = threadNumbers.get(thread);
    if (number === undefined) {
      number = threadNames.length;
      threadNumbers.set(thread, number);
      threadNames.push(thread);
    }
    threadOf[i] = number;
  }
  if (oneThread && count > 0) threadNames.push(events[0]!.thread);
  return { times, incoming, texts, threadOf, threadNames, threadNumbers };
}
