import { parseIsoInstant } from '../../schema/policy';

export const DAY_MS = 86_400_000;

/** Epoch ms of an event time or `now`: ISO text with an offset, epoch ms or a Date; NaN when invalid. */
export function toEpochMs(at: string | number | Date): number {
  if (typeof at === 'string') return parseIsoInstant(at);
  const ms = typeof at === 'number' ? at : at.getTime();
  return Number.isFinite(ms) ? Math.trunc(ms) : NaN;
}

/** Like toEpochMs, but throws a RangeError naming `what` for an invalid time. */
export function requireEpochMs(at: string | number | Date, what: string): number {
  const ms = toEpochMs(at);
  if (Number.isNaN(ms)) throw new RangeError(`${what}: invalid time ${JSON.stringify(at)}`);
  return ms;
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ`, the report's time format. */
export function formatIso(date: Date): string {
  return formatIsoMs(date.getTime());
}

const MAX_CACHED_DATES = 20_000;
/** Char codes of "YYYY-MM-DDT" per UTC day number. */
const datePrefixes = new Map<number, number[]>();

/**
 * Same text as Date#toISOString at a fraction of its cost (a report may format 100k instants): the
 * date part is cached per UTC day, and the string is made in one piece from char codes, because
 * concatenating a dozen parts builds rope strings that cost more to create and again to print.
 */
export function formatIsoMs(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`cannot format invalid time ${ms}`);
  const day = Math.floor(ms / DAY_MS);
  const date = datePrefix(day);
  if (!date) return new Date(ms).toISOString(); // a year outside 0000–9999
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return String.fromCharCode(
    date[0]!, date[1]!, date[2]!, date[3]!, date[4]!, date[5]!, date[6]!, date[7]!, date[8]!, date[9]!, date[10]!,
    tens(hours), ones(hours), COLON, tens(minutes), ones(minutes), COLON, tens(seconds), ones(seconds),
    DOT, ZERO + Math.floor(millis / 100), tens(millis % 100), ones(millis), LETTER_Z,
  );
}

const ZERO = 48;
const COLON = 58;
const DOT = 46;
const LETTER_Z = 90;

function tens(n: number): number {
  return ZERO + Math.floor(n / 10);
}

function ones(n: number): number {
  return ZERO + (n % 10);
}

function datePrefix(day: number): number[] | undefined {
  let codes = datePrefixes.get(day);
  if (codes === undefined) {
    const iso = new Date(day * DAY_MS).toISOString();
    if (iso.length !== 24) return undefined;
    if (datePrefixes.size >= MAX_CACHED_DATES) datePrefixes.clear();
    codes = Array.from(iso.slice(0, 11), (char) => char.charCodeAt(0));
    datePrefixes.set(day, codes);
  }
  return codes;
}
