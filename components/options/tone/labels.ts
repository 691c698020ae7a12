import type { OptionsKey } from '../../../lib/i18n/options';
import type { SeverityOverride } from '../../../lib/schema/profile';
import type { BuiltinCategory } from '../../../lib/schema/rules';
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

// Site names are not translated; keys without a name (a profile's own) are shown as they are.
const PLATFORM_NAME: Record<string, string> = {
  x: 'X', mastodon: 'Mastodon', linkedin: 'LinkedIn', instagram: 'Instagram', telegram: 'Telegram', vk: 'VK',
  facebook: 'Facebook', youtube: 'YouTube',
};

export const platformName = (platform: string) => PLATFORM_NAME[platform] ?? platform;
