import type { BuiltinCategory, Severity } from '../../schema/rules';
import type { SeverityOverride } from '../../schema/profile';
import { ownValue } from './records';

/**
 * Default severity per built-in category. Leaking personal data, refusing to comment and insults
 * hold the send (`block`); style problems warn; capitals and "!!" are only a hint (`info`).
 */
export const DEFAULT_SEVERITIES: Readonly<Record<BuiltinCategory, Severity>> = Object.freeze({
  'pii.phone': 'block',
  'pii.email': 'block',
  'pii.card': 'block',
  'pii.passport': 'block',
  'no-comment': 'block',
  insult: 'block',
  'address-form': 'warn',
  overpromise: 'warn',
  blame: 'warn',
  'ad-label': 'warn',
  'ai-leak': 'warn',
  length: 'warn',
  'link.unknown': 'warn',
  shouting: 'info',
});

/**
 * The profile's override for a rule, most specific first: rule id ("shouting:punct"),
 * category ("shouting"), family ("pii" for "pii.card"); then the rule's own or the default.
 */
export function resolveSeverity(
  overrides: Readonly<Record<string, SeverityOverride>>,
  ruleId: string,
  category: string,
  own?: Severity,
): SeverityOverride {
  const family = category.includes('.') ? category.slice(0, category.indexOf('.')) : undefined;
  return (
    ownValue(overrides, ruleId) ??
    ownValue(overrides, category) ??
    (family !== undefined ? ownValue(overrides, family) : undefined) ??
    own ??
    ownValue(DEFAULT_SEVERITIES, category) ??
    'warn'
  );
}

