/**
 * The one place that decides the interface language. The user's setting wins everywhere (panel,
 * findings, popup, notifications, dashboard, dates); with 'auto' the browser's languages decide:
 * readers of Russian, Belarusian, Ukrainian and Kazakh usually read Russian better than English,
 * everyone else gets English (the wider second language).
 */
export type Lang = 'ru' | 'en';
export type LangSetting = 'auto' | Lang;

const READS_RUSSIAN = new Set(['ru', 'be', 'uk', 'kk']);

/** 'ru' | 'en' from the setting, else from the first browser language that is Russian-reading or English. */
export function resolveLang(setting: string | null | undefined, browserLanguages: readonly string[] = []): Lang {
  if (setting === 'ru' || setting === 'en') return setting;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (READS_RUSSIAN.has(primary)) return 'ru';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The browser's preferred languages, best first (page, popup or service worker alike). */
export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator as Navigator | undefined;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

export type PluralForm = 'one' | 'few' | 'many';

/**
 * Which form fits `n` (Intl.PluralRules): Russian needs one/few/many (1 ответ, 2 ответа,
 * 5 ответов); English has one/other, reported as 'many'.
 */
export function plural(lang: Lang, n: number): PluralForm {
  const category = new Intl.PluralRules(lang).select(n);
  return category === 'one' ? 'one' : category === 'few' ? 'few' : 'many';
}
