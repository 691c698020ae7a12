const UNITS = { ru: { hours: 'ч', minutes: 'мин' }, en: { hours: 'h', minutes: 'min' } } as const;

/**
 * "1 ч 25 мин" / "1 h 25 min" for the SLA timer. Whole minutes, rounded down (a timer must not
 * claim time that has not passed); hours are not folded into days because a business day is not
 * 24 hours. Negative durations (overdue) get a leading "-".
 */
export function formatDuration(ms: number, lang: 'ru' | 'en'): string {
  if (!Number.isFinite(ms)) throw new RangeError(`cannot format duration ${ms}`);
  const units = UNITS[lang];
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} ${units.hours}`);
  if (minutes || !hours) parts.push(`${minutes} ${units.minutes}`);
  return (ms < 0 && totalMinutes > 0 ? '-' : '') + parts.join(' ');
}
