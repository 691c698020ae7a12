import { slaTimer as en } from './locales/en/slaTimer';
import { slaTimer as ru } from './locales/ru/slaTimer';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

export type SlaTimerKey = keyof typeof ru;

export function slaTimerTranslator(lang: Lang): Translate<SlaTimerKey> {
  return createTranslator({ ru, en }, lang);
}
