import { browserLanguages, resolveLang } from '../../../lib/i18n/lang';
import type { Settings } from '../../../lib/schema/settings';
import { lang } from '../i18n';

/**
 * The dashboard picks its language once per page load (components/options/i18n.ts: `?lang=`
 * first, then the browser's). A new choice is remembered in localStorage for that start-up code
 * to read, and the page reloads with `?lang=` so that the choice shows at once.
 */
export const OPTIONS_LANGUAGE_KEY = 'trustops.optionsLanguage';

export function applyOptionsLanguage(language: Settings['language']): void {
  localStorage.setItem(OPTIONS_LANGUAGE_KEY, language);
  if (resolveLang(language, browserLanguages()) === lang) return;
  const url = new URL(location.href);
  if (language === 'auto') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  location.replace(url.href);
}
