import { options as en } from './locales/en/options';
import { options as ru } from './locales/ru/options';
import { resolveLang, type Lang } from './lang';
import { createTranslator, pluralText, type PluralBase } from './translate';

/** Texts of the options page (the TrustOps dashboard): lib/i18n/locales/<lang>/options.ts. */
export type OptionsKey = keyof typeof ru;

/** `?lang=en` in the page address wins (tests, screenshots), then the stored setting, then the browser. */
export function optionsLang(search: string, setting: string | null | undefined, browserLanguages: readonly string[]): Lang {
  return resolveLang(new URLSearchParams(search).get('lang') ?? setting, browserLanguages);
}

/** A translator plus `plural('replies', 5)` → «5 ответов» / "5 replies". */
export function createOptionsTranslator(lang: Lang) {
  const t = createTranslator({ ru, en }, lang);
  const plural = (base: PluralBase<OptionsKey>, n: number): string => pluralText(t, lang, base, n);
  return { t, plural, lang };
}
