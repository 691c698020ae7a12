import { browserLanguages } from '../../lib/i18n/lang';
import { createOptionsTranslator, optionsLang } from '../../lib/i18n/options';

/**
 * The page language is fixed for the page's lifetime (a reload picks up a new one), so one
 * module-level translator serves every component and action without a React context.
 */
export const { t, plural, lang } = createOptionsTranslator(
  // The Settings section stores the chosen language here too, so the page opens in it directly.
  optionsLang(
    globalThis.location?.search ?? '',
    globalThis.localStorage?.getItem('trustops.optionsLanguage'),
    browserLanguages(),
  ),
);

/** 52428800 → «50 МБ» / "50 MB" (one decimal below 10 MB). */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const digits = mb < 10 ? 1 : 0;
  return t('megabytes', { n: mb.toLocaleString(lang, { maximumFractionDigits: digits }) });
}
