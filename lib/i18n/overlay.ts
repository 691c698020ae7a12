import { overlay as en } from './locales/en/overlay';
import { overlay as ru } from './locales/ru/overlay';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

/** Texts of the panel shown beside the composer on web pages: locales/<lang>/overlay.ts. */
export type OverlayKey = keyof typeof ru;
export type OverlayTranslate = Translate<OverlayKey>;

/** The panel's translator; the language comes from resolveLang (the settings, else the browser). */
export function overlayTranslator(lang: Lang): OverlayTranslate {
  return createTranslator({ ru, en }, lang);
}
