import { wordsBefore, type Draft } from '../draft';
import { say } from '../lexicon';
import type { DetectContext, RawFinding } from '../types';
import { wordRegex } from '../words';

// Russian internal passport: series (2+2 digits) and number (6 digits), "45 11 223344".
const INTERNAL = /(?<![\d-])(\d{2}) ?(\d{2}) ?(?:(?:№|номер|n|no\.?) ?)?(\d{6})(?![\d-])/giu;
// Spelled out: «серия 46 03, номер 118972».
const SERIES_NUMBER = /сери[яи]\s*:?\s*\d{2}\s?\d{2}\s*,?\s*(?:номер|№)\s*:?\s*\d{6}(?!\d)/giu;
// Passport for travel abroad: 2 + 7 digits.
const FOREIGN = /(?<![\d-])\d{2} ?(?:№ ?)?\d{7}(?![\d-])/gu;
// СНИЛС: 11 digits, canonically "112-233-445 95".
const SNILS = /(?<![\d-])(\d{3})[- ]?(\d{3})[- ]?(\d{3})[- ]?(\d{2})(?![\d-])/g;
const SNILS_CANONICAL = /^\d{3}-\d{3}-\d{3}[ -]\d{2}$/;

const PASSPORT_WORDS = wordRegex('паспорт загранпаспорт passport', 'серия серии');
const SNILS_WORDS = wordRegex('снилс страхов', 'snils');

/** СНИЛС control number: weighted digit sum mod 101 (100 and 101 give 00). */
export function snilsValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const body = digits.slice(0, 9);
  if (body <= '001001998') return false; // the checksum is only defined above this range
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (body.charCodeAt(i) - 48) * (9 - i);
  const control = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
  return control === Number(digits.slice(9));
}

export function detectPassports(draft: Draft, ctx: DetectContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const context = (start: number, words: RegExp) => wordsBefore(draft, start, 6).some((w) => words.test(w));
  const add = (start: number, end: number, snils: boolean) =>
    findings.push({
      ruleId: snils ? 'pii.passport:snils' : 'pii.passport',
      category: 'pii.passport',
      start,
      end,
      message: snils
        ? say(ctx.messageLang, 'Номер СНИЛС в публичном ответе: уберите его.', 'A Russian SNILS number in a public reply: remove it.')
        : say(ctx.messageLang, 'Паспортные данные в публичном ответе: уберите их.', 'Passport details in a public reply: remove them.'),
    });

  for (const m of draft.text.matchAll(SNILS)) {
    const digits = m.slice(1).join('');
    if (!snilsValid(digits)) continue;
    if (SNILS_CANONICAL.test(m[0]) || context(m.index, SNILS_WORDS)) add(m.index, m.index + m[0].length, true);
  }
  for (const m of draft.text.matchAll(INTERNAL)) {
    // "45 11 223344" is unmistakable; a bare 10-digit run needs a word like «паспорт» nearby.
    const grouped = /^\d{2} \d{2} /.test(m[0]);
    if (grouped || context(m.index, PASSPORT_WORDS)) add(m.index, m.index + m[0].length, false);
  }
  for (const m of draft.text.matchAll(SERIES_NUMBER)) add(m.index, m.index + m[0].length, false);
  for (const m of draft.text.matchAll(FOREIGN))
    if (context(m.index, PASSPORT_WORDS)) add(m.index, m.index + m[0].length, false);
  return findings;
}
