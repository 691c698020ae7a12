import type { z } from 'zod';
import {
  BrandProfileSchema, DEFAULT_LIMITS, type AddressForm, type BrandProfile, type BrandProfileInput, type SeverityOverride,
} from '../../../../lib/schema/profile';
import { BUILTIN_CATEGORIES, type BuiltinCategory } from '../../../../lib/schema/rules';
import { lang, t } from '../../i18n';

/** The profile editor's fields as typed (strings, one list item per line) before validation. */
export interface ProfileForm {
  addressForm: AddressForm;
  allowedDomains: string;
  hotlines: string;
  brandNames: string;
  abbreviations: string;
  /** Characters per platform; '' = the default limit. */
  limits: Record<string, string>;
  severities: Record<BuiltinCategory, SeverityChoice>;
  /** Overrides the form has no row for (a family such as "pii", a rule id): kept as they are. */
  otherSeverities: Record<string, SeverityOverride>;
}

export type SeverityChoice = SeverityOverride | 'default';
export const LIST_FIELDS = ['allowedDomains', 'hotlines', 'brandNames', 'abbreviations'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export interface ProfileErrors {
  /** Per list field, one message per bad line. */
  lists: Partial<Record<ListField, string[]>>;
  limits: Record<string, string>;
  /** Anything the fields above cannot show. */
  other: string[];
}

export function formOfProfile(profile: BrandProfile): ProfileForm {
  const limits: Record<string, string> = {};
  for (const platform of new Set([...Object.keys(DEFAULT_LIMITS), ...Object.keys(profile.limits)])) {
    const value = profile.limits[platform];
    limits[platform] = value === undefined || value === DEFAULT_LIMITS[platform] ? '' : String(value);
  }
  const severities = Object.fromEntries(
    BUILTIN_CATEGORIES.map((category) => [category, profile.severities[category] ?? 'default']),
  ) as Record<BuiltinCategory, SeverityChoice>;
  const builtin = new Set<string>(BUILTIN_CATEGORIES);
  const otherSeverities = Object.fromEntries(Object.entries(profile.severities).filter(([key]) => !builtin.has(key)));
  return {
    addressForm: profile.addressForm,
    allowedDomains: profile.allowedDomains.join('\n'),
    hotlines: profile.hotlines.join('\n'),
    brandNames: profile.brandNames.join('\n'),
    abbreviations: profile.abbreviations.join('\n'),
    limits,
    severities,
    otherSeverities,
  };
}

export const sameForm = (a: ProfileForm, b: ProfileForm) => JSON.stringify(a) === JSON.stringify(b);

/** Non-blank lines with their 1-based line numbers, so errors can name the line. */
function linesOf(text: string): { value: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((value, i) => ({ value: value.trim(), line: i + 1 }))
    .filter((entry) => entry.value);
}

/** Checks the form with BrandProfileSchema; each error lands on the field (and line) it belongs to. */
export function validateProfileForm(form: ProfileForm): { ok: true; profile: BrandProfile } | { ok: false; errors: ProfileErrors } {
  const errors: ProfileErrors = { lists: {}, limits: {}, other: [] };
  const lines = Object.fromEntries(LIST_FIELDS.map((field) => [field, linesOf(form[field])])) as Record<
    ListField,
    { value: string; line: number }[]
  >;

  const limits: Record<string, number> = {};
  for (const [platform, text] of Object.entries(form.limits)) {
    if (!text.trim()) continue;
    const value = Number(text.trim());
    if (Number.isInteger(value) && value > 0) limits[platform] = value;
    else errors.limits[platform] = t('errLimit');
  }

  const severities: Record<string, SeverityOverride> = { ...form.otherSeverities };
  for (const [category, choice] of Object.entries(form.severities)) if (choice !== 'default') severities[category] = choice;

  const input: BrandProfileInput = {
    addressForm: form.addressForm,
    ...Object.fromEntries(LIST_FIELDS.map((field) => [field, lines[field].map((entry) => entry.value)])),
    limits,
    severities,
  };
  const parsed = BrandProfileSchema.safeParse(input);
  if (parsed.success && !Object.keys(errors.limits).length) return { ok: true, profile: parsed.data };

  for (const issue of parsed.error?.issues ?? []) {
    const [field, index] = issue.path;
    if (LIST_FIELDS.includes(field as ListField)) {
      const list = field as ListField;
      const entry = typeof index === 'number' ? lines[list][index] : undefined;
      const reason = describeIssue(issue, list);
      (errors.lists[list] ??= []).push(entry ? t('errLine', { line: entry.line, value: entry.value, reason }) : reason);
    } else errors.other.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  return { ok: false, errors };
}

/** Schema messages in the page language where we know them. */
function describeIssue(issue: z.core.$ZodIssue, field: ListField): string {
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum).toLocaleString(lang);
    return issue.origin === 'array' ? t('errTooMany', { max }) : t('errTooLong', { max });
  }
  if (issue.code === 'custom' && field === 'allowedDomains') return t('errNotDomain');
  return issue.message;
}
