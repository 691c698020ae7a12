import { ideas as en } from './locales/en/ideas';
import { ideas as ru } from './locales/ru/ideas';
import type { Lang } from './lang';
import { createTranslator, pluralText, type PluralBase } from './translate';

export type IdeasKey = keyof typeof ru;

/** The dashboard's Ideas texts (kept out of the options area so the section stays self-contained). */
export function createIdeasTranslator(lang: Lang) {
  const t = createTranslator({ ru, en }, lang);
  const plural = (base: PluralBase<IdeasKey>, n: number): string => pluralText(t, lang, base, n);
  return { t, plural };
}
