import type { SlaPolicy } from '../../schema/policy';
import { RU_CALENDAR_2026_2027 } from './calendars/ru';

const OFFICE_DAY: [string, string][] = [['09:00', '18:00']];

/**
 * The policy a new install starts with: Moscow office hours Mon–Fri 09:00–18:00 with the Russian
 * production calendar, "≤ 2 working hours" to the first reply, 4 to each next one.
 * No lunch break on purpose: support teams stagger lunch so the queue stays covered, and the
 * customer keeps waiting through it; a team that really closes at lunch adds [["09:00","13:00"],
 * ["14:00","18:00"]].
 */
export const DEFAULT_POLICY: SlaPolicy = {
  timezone: 'Europe/Moscow',
  hours: { mon: OFFICE_DAY, tue: OFFICE_DAY, wed: OFFICE_DAY, thu: OFFICE_DAY, fri: OFFICE_DAY },
  holidays: RU_CALENDAR_2026_2027.holidays,
  workingDays: RU_CALENDAR_2026_2027.workingDays,
  firstReplyMinutes: 120,
  nextReplyMinutes: 240,
  warnRatio: 0.75,
};
