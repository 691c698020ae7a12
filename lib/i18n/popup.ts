import { popup as en } from './locales/en/popup';
import { popup as ru } from './locales/ru/popup';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

export type PopupKey = keyof typeof ru;

export function popupTranslator(lang: Lang): Translate<PopupKey> {
  return createTranslator({ ru, en }, lang);
}
