/**
 * Tiny typed translation: each UI area keeps its own ru/en dictionary (Russian first); a key
 * missing in English falls back to Russian at the type level it cannot be missing at all.
 */
export type Lang = 'ru' | 'en';
export type Dictionary<K extends string> = Record<Lang, Record<K, string>>;

export function detectLang(preferred?: string): Lang {
  const tag = (preferred && preferred !== 'auto' ? preferred : globalThis.navigator?.language ?? 'ru').toLowerCase();
  return tag.startsWith('en') ? 'en' : 'ru';
}

/** `t('key', { n: 3 })` replaces `{n}` in the text; unknown variables stay visible. */
export function createTranslator<K extends string>(dictionary: Dictionary<K>, lang: Lang) {
  const table = dictionary[lang];
  return (key: K, vars?: Record<string, string | number>): string => {
    const text = table[key] ?? dictionary.ru[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}
