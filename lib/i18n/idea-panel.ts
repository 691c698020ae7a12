import { ideaPanel as en } from './locales/en/ideaPanel';
import { ideaPanel as ru } from './locales/ru/ideaPanel';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

export type IdeaPanelKey = keyof typeof ru;

/** The panel's ideas texts; the "we did it" reply takes the thread's language, not the panel's. */
export function ideaPanelTranslator(lang: Lang): Translate<IdeaPanelKey> {
  return createTranslator({ ru, en }, lang);
}

/** «Вы просили — мы сделали: …» in `lang`; trailing punctuation of `what` gives way to the template's. */
export function doneDraftText(what: string, lang: Lang): string {
  const trimmed = what.trim().replace(/[\s.!?…;:,]+$/u, '');
  return ideaPanelTranslator(lang)('doneDraftText', { what: trimmed });
}
