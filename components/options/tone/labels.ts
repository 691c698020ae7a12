import type { OptionsKey } from '../../../lib/i18n/options';
import type { SeverityOverride } from '../../../lib/schema/profile';
import type { BuiltinCategory } from '../../../lib/schema/rules';
import { siteName, type SiteLang } from '../../../lib/sites/site-info';
import { t } from '../i18n';

const CATEGORY_LABEL: Record<BuiltinCategory, OptionsKey> = {
  'pii.phone': 'catPiiPhone',
  'pii.email': 'catPiiEmail',
  'pii.card': 'catPiiCard',
  'pii.passport': 'catPiiPassport',
  'no-comment': 'catNoComment',
  'address-form': 'catAddressForm',
  shouting: 'catShouting',
  overpromise: 'catOverpromise',
  blame: 'catBlame',
  insult: 'catInsult',
  'ad-label': 'catAdLabel',
  'ai-leak': 'catAiLeak',
  length: 'catLength',
  'link.unknown': 'catLinkUnknown',
};

const SEVERITY_LABEL: Record<SeverityOverride, OptionsKey> = {
  block: 'severityBlock',
  warn: 'severityWarn',
  info: 'severityInfo',
  off: 'severityOff',
};

/** A human name for a built-in category; custom categories have none (their id is shown). */
export function categoryLabel(category: string): string | undefined {
  const key = CATEGORY_LABEL[category as BuiltinCategory];
  return key && t(key);
}

export const severityLabel = (severity: SeverityOverride) => t(SEVERITY_LABEL[severity]);

/**
 * A site's name from the site catalog; keys without one (a profile's own) are shown as they are.
 * `lang` is the interface language; English names until callers pass it.
 */
export const platformName = (platform: string, lang: SiteLang = 'en') => siteName(platform, lang) ?? platform;
