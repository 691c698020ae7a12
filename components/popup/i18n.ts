import { browserLanguages, resolveLang, type Lang } from '../../lib/i18n/lang';
import { popupTranslator, type PopupKey } from '../../lib/i18n/popup';

export type TextKey = PopupKey;

/**
 * The popup's translator: the browser's language until main.tsx has read the settings and calls
 * setPopupLang before the first render (ES modules export live bindings, so `t` follows).
 */
export let lang: Lang = resolveLang('auto', browserLanguages());
export let t = popupTranslator(lang);

export function setPopupLang(setting: string | undefined): Lang {
  lang = resolveLang(setting, browserLanguages());
  t = popupTranslator(lang);
  return lang;
}
