import type { OptionsKey } from '../../../lib/i18n/options';
import type { SeverityOverride } from '../../../lib/schema/profile';
import { siteName, type SiteLang } from '../../../lib/sites/site-info';
import { categoryName, categoryText as categoryText_ } from '../../../lib/i18n/categories';
import { lang, t } from '../i18n';

const SEVERITY_LABEL: Record<SeverityOverride, OptionsKey> = {
  block: 'severityBlock',
  warn: 'severityWarn',
  info: 'severityInfo',
  off: 'severityOff',
};

/** A human name for a built-in category; custom categories have none (their id is shown). */
export const categoryLabel = (category: string): string | undefined => categoryName(category, lang);

/** What to show for a category: its human name, or a custom category's own id. */
export const categoryText = (category: string): string => categoryText_(category, lang);

export const severityLabel = (severity: SeverityOverride) => t(SEVERITY_LABEL[severity]);

/**
 * A site's name from the site catalog; keys without one (a profile's own) are shown as they are.
 * `lang` is the interface language; English names until callers pass it.
 */
export const platformName = (platform: string, lang: SiteLang = 'en') => siteName(platform, lang) ?? platform;
