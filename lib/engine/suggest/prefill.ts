import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { RE2JS } from 're2js';
import { compilePlaceholderPattern } from './prefill-pattern';

/**
 * Values for a reply's `{placeholders}` found in the thread: the customer's name (from the site
 * adapter) and order numbers, phones, e-mails, dates and tracking numbers found in the customer's
 * message. Pure; every value is only a proposal the user edits before anything is inserted.
 */

/** Characters of the customer's message the extractors read: a huge message cannot stall the page. */
export const PREFILL_TEXT_LIMIT = 4000;
/** Longest value proposed for one field. */
export const PREFILL_VALUE_LIMIT = 200;

export type PrefillSource = 'adapter' | 'message';
export interface PrefillValue {
  value: string;
  source: PrefillSource;
}

/** A pack's own extractor for one placeholder: a regex with one capturing group. */
export interface PlaceholderPattern {
  pattern: string;
  label?: string;
}

export interface PrefillInput {
  /** Placeholder names of the chosen reply. */
  fields: readonly string[];
  /** The customer message being answered ('' when none). */
  message: string;
  /** The customer's name as the site adapter read it ('' when unknown). */
  customerName?: string;
  /** The pack's extractors by placeholder name (pack.placeholders / reply.placeholders). */
  patterns?: Readonly<Record<string, PlaceholderPattern>>;
}

type Kind = 'name' | 'order' | 'phone' | 'email' | 'date' | 'tracking';

/** Placeholder names (lower-cased, `_`/`-`/`.` as spaces) → what they hold, ru and en. */
const KIND_WORDS: [Kind, RegExp][] = [
  ['tracking', /(трек|tracking|track|shipment|отправлени)/u],
  ['order', /(заказ|order|номер|number|^no$|^n$)/u],
  ['phone', /(телефон|phone|тел$|mobile|моб)/u],
  ['email', /(e ?mail|почт|мейл)/u],
  ['date', /(дата|date|день|day)/u],
  ['name', /(имя|name|клиент|customer|client|покупател|фио)/u],
];

export function placeholderKind(field: string): Kind | undefined {
  const words = field.toLowerCase().replace(/[_.-]+/g, ' ').trim();
  return KIND_WORDS.find(([, test]) => test.test(words))?.[0];
}

/** Proposed values by placeholder name; fields with nothing found are absent. */
export function prefillPlaceholders(input: PrefillInput): Record<string, PrefillValue> {
  const text = input.message.slice(0, PREFILL_TEXT_LIMIT);
  const result: Record<string, PrefillValue> = {};
  for (const field of input.fields) {
    const custom = Object.hasOwn(input.patterns ?? {}, field) ? input.patterns![field] : undefined;
    const value = custom ? extractCustom(custom.pattern, text) : extractBuiltIn(field, text, input.customerName ?? '');
    if (value) result[field] = value;
  }
  return result;
}

function extractBuiltIn(field: string, text: string, customerName: string): PrefillValue | undefined {
  const kind = placeholderKind(field);
  if (kind === 'name') return fromAdapter(firstName(customerName));
  const found = kind ? EXTRACTORS[kind](text) : undefined;
  return found ? { value: clip(found), source: 'message' } : undefined;
}

const fromAdapter = (value: string): PrefillValue | undefined => (value ? { value: clip(value), source: 'adapter' } : undefined);

/** "Анна Петрова" → "Анна": replies address the customer by the first name. Handles like "@anna" are kept bare. */
export function firstName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e]/g, '').trim().replace(/^@/, '');
  return clean.split(/\s+/u)[0] ?? '';
}

const clip = (value: string) => value.trim().slice(0, PREFILL_VALUE_LIMIT);

const EXTRACTORS: Record<Exclude<Kind, 'name'>, (text: string) => string | undefined> = {
  order: (text) =>
    // "заказ №45821", "order #A-1234", "заказ номер 123", "№ 45821"
    /(?:заказ\p{L}*|order|ордер)\s*(?:(?:№|#|no\.?|n°|номер|number|num\.?)\s*)?:?\s*([A-Za-z]{0,4}-?\d[\d-]{2,30})/iu.exec(text)?.[1] ??
    /(?:№|#)\s*([A-Za-z]{0,4}-?\d[\d-]{2,30})/u.exec(text)?.[1],
  tracking: (text) =>
    /(?:трек\p{L}*|tracking|track)\s*(?:(?:№|#|номер|number|code|код)\s*)?:?\s*([A-Z0-9]{8,30})/iu.exec(text)?.[1] ??
    /\b([A-Z]{2}\d{9}[A-Z]{2})\b/u.exec(text)?.[1],
  phone: (text) => findPhoneNumbersInText(text, 'RU')[0]?.number.formatInternational(),
  email: (text) => /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,190}\.\p{L}{2,24}/u.exec(text)?.[0],
  date: (text) =>
    /\b(\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}-\d{2})\b/u.exec(text)?.[1] ??
    /(\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*)/iu.exec(text)?.[1],
};

function extractCustom(pattern: string, text: string): PrefillValue | undefined {
  let regex: RE2JS;
  try {
    regex = compilePlaceholderPattern(pattern);
  } catch {
    return undefined; // rejected at import; a stored one that no longer compiles proposes nothing
  }
  const match = regex.matcher(text);
  if (!match.find()) return undefined;
  const value = match.group(1);
  return value ? { value: clip(value), source: 'message' } : undefined;
}
