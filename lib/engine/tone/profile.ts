import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { stem } from '../text';
import type { BrandProfile } from '../../schema/profile';

/** The parsed profile plus lookup sets precomputed once per checker. */
export interface ResolvedProfile extends BrandProfile {
  /** Hotlines as E.164 ("+78005550101") and as bare digits, for comparing found numbers. */
  hotlineNumbers: ReadonlySet<string>;
  /** Upper-cased words of brand names and abbreviations: never "shouting". */
  capsAllowed: ReadonlySet<string>;
  /** Stems of the brand names' words, so «ФОРМЫ» and «ФОРМОЙ» count as the brand «ФОРМА». */
  brandStems: ReadonlySet<string>;
  /** Crisis mode is in force: the crisis rules run on every check (CheckOptions.crisis may say otherwise). */
  crisis: boolean;
}

/** The profile as the background hands it to a tone check: the brand profile plus the crisis flag. */
export type CheckProfile = BrandProfile & { crisis?: boolean };

/** Lookup sets of an already-validated profile (see resolveProfile in profile-parse.ts). */
export function resolveParsedProfile(profile: CheckProfile): ResolvedProfile {
  const hotlineNumbers = new Set<string>();
  for (const hotline of profile.hotlines) {
    const parsed = parsePhoneNumberFromString(hotline, 'RU');
    if (parsed) hotlineNumbers.add(parsed.number);
    hotlineNumbers.add(phoneDigits(hotline));
  }
  const capsAllowed = new Set<string>();
  for (const name of [...profile.brandNames, ...profile.abbreviations])
    for (const word of name.match(/[\p{L}\p{N}]+/gu) ?? []) capsAllowed.add(word.toUpperCase());
  const brandStems = new Set<string>();
  for (const name of profile.brandNames)
    for (const word of name.match(/[\p{L}\p{N}]+/gu) ?? []) if (word.length >= 4) brandStems.add(stem(word.toLowerCase()));
  return { ...profile, hotlineNumbers, capsAllowed, brandStems, crisis: profile.crisis === true };
}

/** Digits of a phone number, with the Russian trunk prefix 8 read as +7. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('8') ? '7' + digits.slice(1) : digits;
}
