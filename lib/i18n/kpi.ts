import { kpi as en } from './locales/en/kpi';
import { kpi as ru } from './locales/ru/kpi';
import type { Lang } from './lang';
import { createTranslator, pluralText, type PluralBase } from './translate';

export type KpiKey = keyof typeof ru;

/** The dialogue KPI texts of the metrics page (their own area: the options area stays as it is). */
export function createKpiTranslator(lang: Lang) {
  const t = createTranslator({ ru, en }, lang);
  const plural = (base: PluralBase<KpiKey>, n: number): string => pluralText(t, lang, base, n);
  return { t, plural };
}
