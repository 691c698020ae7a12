import { slaTimerTranslator as translate, type SlaTimerKey as Key } from '../../../../lib/i18n/sla-timer';
import type { Lang } from '../../../../lib/i18n/translate';

/**
 * The timer's texts live in lib/i18n/locales/<lang>/slaTimer.ts; `{d}` is a formatDuration text.
 */
export type SlaTimerKey = Key;

export type SlaTimerTranslate = (key: SlaTimerKey, vars?: Record<string, string | number>) => string;

export function slaTimerTranslator(lang: Lang): SlaTimerTranslate {
  return translate(lang);
}
