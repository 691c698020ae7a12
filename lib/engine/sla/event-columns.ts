import type { SlaEvent } from '../../schema/policy';
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

/** Throws a RangeError naming the thread of an event whose time is invalid. */
export function readEventColumns(events: readonly SlaEvent[]): EventColumns {
  const count = events.length;
  const columns: EventColumns = {
    times: new Float64Array(count),
    incoming: new Uint8Array(count),
    texts: [], // filled by push: `new Array(200_000)` would be a slow dictionary-mode array
    threadOf: new Int32Array(count),
    threadNames: [],
    threadNumbers: new Map(),
  };
  const numbers = columns.threadNumbers;
  for (let i = 0; i < count; i++) {
    const { thread, at, direction } = events[i]!;
    const ms = toEpochMs(at);
    if (Number.isNaN(ms)) throw new RangeError(`event of thread ${JSON.stringify(thread)}: invalid time ${JSON.stringify(at)}`);
    columns.times[i] = ms;
    columns.incoming[i] = direction === 'in' ? 1 : 0;
    columns.texts.push(typeof at === 'string' && at.length === 24 && at.charCodeAt(23) === 90 /* Z */ ? at : undefined);
    let number = numbers.get(thread);
    if (number === undefined) {
      number = columns.threadNames.length;
      numbers.set(thread, number);
      columns.threadNames.push(thread);
    }
    columns.threadOf[i] = number;
  }
  return columns;
}
