import { WEEKDAYS, type SlaPolicy } from '../../lib/schema/policy';

/** "mon–fri 09:00–18:00" style summary of the working hours, for the timer's tooltip. */
export function describeHours(policy: SlaPolicy): string {
  if (!policy.hours) return '24/7';
  const parts: string[] = [];
  let runStart = -1;
  const text = (i: number) => (policy.hours?.[WEEKDAYS[i]!] ?? []).map(([a, b]) => `${a}–${b}`).join(', ');
  for (let i = 0; i <= WEEKDAYS.length; i++) {
    const same = i < WEEKDAYS.length && runStart >= 0 && text(i) === text(runStart);
    if (same) continue;
    if (runStart >= 0 && text(runStart)) {
      const days = i - 1 > runStart ? `${WEEKDAYS[runStart]}–${WEEKDAYS[i - 1]}` : WEEKDAYS[runStart]!;
      parts.push(`${days} ${text(runStart)}`);
    }
    runStart = i;
  }
  return parts.join('; ') || '—';
}
