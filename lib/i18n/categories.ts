import { categories as en } from './locales/en/categories';
import { categories as ru } from './locales/ru/categories';
import type { Lang } from './lang';

const NAMES = { ru, en } as const;

/** 'pii.phone' → «телефон» / "phone number"; undefined for a custom category (show its id). */
export function categoryName(category: string, lang: Lang): string | undefined {
  return Object.hasOwn(NAMES[lang], category) ? NAMES[lang][category as keyof typeof ru] : undefined;
}

/** The name to show: the human name of a built-in category, else the custom category's own id. */
export function categoryText(category: string, lang: Lang): string {
  return categoryName(category, lang) ?? category;
}
