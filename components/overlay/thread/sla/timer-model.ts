import { formatDuration } from '../../../../lib/engine/sla/duration';
import type { Lang } from '../../../../lib/i18n/translate';
import type { ThreadView } from '../../../../lib/schema/messages';
import type { SlaTimerTranslate } from './sla-timer-texts';

// Imports here are type-only or zod-free on purpose: the content script avoids zod and luxon.

export type TimerColour = 'ok' | 'warning' | 'breached';

/**
 * Working time left `elapsedMs` after the view was received. The background measured it at
 * `computedAt`; outside working time the business clock stands still, so it only runs down while
 * `working` (the owner fetches a fresh view when working time starts or ends).
 */
export function liveLeftMs(view: ThreadView, elapsedMs: number): number | null {
  if (view.businessLeftMs === null) return null;
  return view.working ? view.businessLeftMs - elapsedMs : view.businessLeftMs;
}

/** The time spent is target − left (the due time is `target` working time after the start). */
export function colourOf(leftMs: number | null, view: ThreadView): TimerColour {
  if (leftMs === null) return 'ok';
  if (leftMs <= 0) return 'breached';
  const targetMs = (view.targetMinutes ?? 0) * 60_000;
  return targetMs > 0 && targetMs - leftMs >= view.policy.warnRatio * targetMs ? 'warning' : 'ok';
}

/** The policy's working day in ms, when the background said it (durations of a day or more read in working days). */
export function workdayMsOfView(view: ThreadView): number | undefined {
  const minutes = view.policy.workdayMinutes;
  return minutes ? minutes * 60_000 : undefined;
}

/**
 * «осталось 1 ч 25 мин» / «просрочено на 2 раб. дня 3 ч» / "1 h 25 min left" / "overdue by 10 min".
 * `workdayMs` folds durations of a working day or more into working days (formatDuration).
 */
export function describeLeft(leftMs: number | null, lang: Lang, t: SlaTimerTranslate, workdayMs?: number): string {
  if (leftMs === null) return t('noDue');
  // formatDuration rounds down to whole minutes; under one minute it would read "0 min".
  if (leftMs > 0) return leftMs < 60_000 ? t('leftUnderMinute') : t('left', { d: formatDuration(leftMs, lang, workdayMs) });
  return -leftMs < 60_000 ? t('overdueUnderMinute') : t('overdue', { d: formatDuration(-leftMs, lang, workdayMs) });
}

/** The tooltip's lines: the running target (or both targets), the zone and the working hours. */
export function termsOf(view: ThreadView, lang: Lang, t: SlaTimerTranslate): string[] {
  const { policy } = view;
  const target = view.thread?.target;
  const minutes = view.targetMinutes;
  const targetLine =
    target && minutes !== null
      ? t(target === 'next' ? 'targetNext' : 'targetFirst', { minutes, d: formatDuration(minutes * 60_000, lang, workdayMsOfView(view)) })
      : t('targets', { first: policy.firstReplyMinutes, next: policy.nextReplyMinutes });
  return [targetLine, t('zone', { zone: policy.timezone }), t('hours', { hours: policy.hours })];
}

/**
 * Minutes until the next midnight in `timeZone` ("until tomorrow"). The content script has no
 * calendar engine; the background keeps alerts quiet until working time anyway.
 */
export function minutesUntilMidnight(nowMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(nowMs);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Math.max(1, 24 * 60 - (part('hour') * 60 + part('minute')));
}

/** «14:05» in the reader's zone. */
export function clockTime(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleTimeString(lang === 'ru' ? 'ru-RU' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}
