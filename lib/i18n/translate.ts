import { plural, type Lang } from './lang';

export type { Lang } from './lang';

/**
 * One dictionary per locale and area under ./locales/<lang>/<area>.ts. Russian is the reference:
 * each English file is typed `Texts<typeof ru>`, so a missing or extra key fails the type check.
 * Each area has its own module here (overlay.ts, options.ts, …) so that a bundle carries only
 * the areas it shows (the content script must not carry the dashboard's texts).
 */
export type Texts<T> = Record<keyof T, string>;
export type Dictionary<K extends string> = Record<Lang, Record<K, string>>;
export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

/** `t('key', { n: 3 })` replaces `{n}` in the text; unknown variables stay visible. */
export function createTranslator<K extends string>(dictionary: Dictionary<K>, lang: Lang): Translate<K> {
  const table = dictionary[lang];
  return (key, vars) => {
    const text = table[key] ?? dictionary.ru[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}

export type PluralBase<K extends string> = K extends `${infer B}_one` ? B : never;

/**
 * `pluralText(t, lang, 'replies', 5)` → «5 ответов» / "5 replies": the area keeps the forms as
 * `<base>_one|few|many`; `{n}` gets the number formatted for the language.
 */
export function pluralText<K extends string>(t: Translate<K>, lang: Lang, base: PluralBase<K>, n: number): string {
  return t(`${base}_${plural(lang, n)}` as K, { n: n.toLocaleString(lang) });
}
