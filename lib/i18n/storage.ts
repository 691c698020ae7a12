import { storage as en } from './locales/en/storage';
import { storage as ru } from './locales/ru/storage';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

export type StorageKey = keyof typeof ru;

export function storageTranslator(lang: Lang): Translate<StorageKey> {
  return createTranslator({ ru, en }, lang);
}
