import { z } from 'zod';
import { catalogLimits } from '../sites/site-info';

/**
 * The brand profile the tone checker reads (DESIGN.md "Tone findings"). Every key is optional;
 * unknown keys are accepted and dropped, so newer profiles still load in older builds.
 */

/** How the brand addresses a customer in Russian: «на вы» (default) or «на ты». */
export const AddressFormSchema = z.enum(['vy', 'ty']);
export type AddressForm = z.infer<typeof AddressFormSchema>;

/** A category's or rule's severity in the profile; `off` disables it. */
export const SeverityOverrideSchema = z.enum(['block', 'warn', 'info', 'off']);
export type SeverityOverride = z.infer<typeof SeverityOverrideSchema>;

/**
 * Default length limits (characters, counted as Unicode code points) for replies and comments: each
 * site's `limit` in the site catalog (lib/sites/catalog.ts). X is the public contract (280).
 * Platforms without a limit (e.g. `generic`) are never checked for length.
 */
export const DEFAULT_LIMITS: Readonly<Record<string, number>> = Object.freeze(catalogLimits());

/** "https://www.Brand.ru/path" → "brand.ru": people paste whole addresses into the settings. */
export function normalizeDomain(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

const DomainSchema = z
  .string()
  .max(253)
  .transform(normalizeDomain)
  .refine((domain) => /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(domain), 'not a domain name (expected e.g. "brand.ru")');

export const BrandProfileSchema = z.object({
  addressForm: AddressFormSchema.default('vy'),
  /** Links to these domains and their subdomains are allowed; e-mails on them are not PII. */
  allowedDomains: z.array(DomainSchema).max(1000).default([]),
  /** The brand's own phone numbers (any formatting); they are never reported as personal. */
  hotlines: z.array(z.string().min(1).max(50)).max(1000).default([]),
  /** Brand names; their words are never "shouting" even when written in capitals. */
  brandNames: z.array(z.string().min(1).max(200)).max(1000).default([]),
  /** Extra abbreviations written in capitals (e.g. "ЗОЖ", "SKU") that are not shouting. */
  abbreviations: z.array(z.string().min(1).max(50)).max(5000).default([]),
  /** Per-platform limits; merged over DEFAULT_LIMITS, so `{ "telegram": 1000 }` keeps x at 280. */
  limits: z
    .record(z.string().min(1).max(50), z.number().int().positive())
    .default({})
    .transform((limits) => ({ ...DEFAULT_LIMITS, ...limits })),
  /**
   * Overrides by category ("insult"), by category family ("pii") or by rule id ("shouting:punct");
   * the most specific key wins.
   */
  severities: z.record(z.string().min(1).max(200), SeverityOverrideSchema).default({}),
});
export type BrandProfile = z.output<typeof BrandProfileSchema>;
export type BrandProfileInput = z.input<typeof BrandProfileSchema>;

export const DEFAULT_PROFILE: BrandProfile = Object.freeze(BrandProfileSchema.parse({})) as BrandProfile;
