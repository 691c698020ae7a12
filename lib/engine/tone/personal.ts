/**
 * Personal data (category `pii.*`: cards, passports, phones, e-mails…) and what may be kept of it.
 * Pure helpers shared by the panel and the storage layer, so that the rules hold even when a
 * request did not come from the panel.
 */
const PERSONAL_PREFIX = 'pii.';

/** True for a finding of personal data, named by its category or its rule id. */
export function isPersonal(finding: { category?: string; ruleId?: string }): boolean {
  return !!finding.category?.startsWith(PERSONAL_PREFIX) || !!finding.ruleId?.startsWith(PERSONAL_PREFIX);
}

/** Letters and digits are masked; punctuation and spaces keep the shape readable. */
const SIGNIFICANT = /[\p{L}\p{N}]/u;

/**
 * Masks all but the last `keep` letters or digits: `4111 1111 1111 1111` → `•••• •••• •••• 1111`.
 * Masking a masked text changes nothing (the mask is not a letter), so both layers may apply it.
 */
export function maskPersonal(text: string, keep = 4): string {
  let kept = 0;
  return Array.from(text)
    .reverse()
    .map((char) => (SIGNIFICANT.test(char) && ++kept > keep ? '•' : char))
    .reverse()
    .join('');
}
