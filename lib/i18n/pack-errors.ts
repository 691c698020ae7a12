import { packErrors as en } from './locales/en/packErrors';
import { packErrors as ru } from './locales/ru/packErrors';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

/** Texts of pack import errors (lib/pack/import-errors.ts): locales/<lang>/packErrors.ts. */
export type PackErrorsKey = keyof typeof ru;
export type PackErrorsTranslate = Translate<PackErrorsKey>;

export function packErrorsTranslator(lang: Lang): PackErrorsTranslate {
  return createTranslator({ ru, en }, lang);
}
