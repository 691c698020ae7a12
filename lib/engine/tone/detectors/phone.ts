import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { excerpt, insideLink, wordsBefore, type Draft } from '../draft';
import { say } from '../lexicon';
import { phoneDigits } from '../profile';
import type { DetectContext, RawFinding } from '../types';
import { wordRegex } from '../words';

// A run of digits with phone punctuation; only runs with 7–15 digits are handed to
// libphonenumber, so the (slow) full parser never sees ordinary prose.
const CANDIDATE = /[+(]?\d[\d\s().\u2013-]{5,24}\d/g;

// Toll-free ranges are corporate by definition, never someone's personal number.
const TOLL_FREE = /^\+(?:7800|1(?:800|833|844|855|866|877|888)|44800|44808|49800|375800|380800)/;

// Numbers introduced by these words are identifiers, not phones (ИНН 7707083893 parses as +7 7…).
const ID_WORDS = wordRegex(
  'паспорт серия заказ счет артикул трек накладн договор обращени заявк order invoice tracking account ticket',
  'инн огрн огрнип кпп бик окпо снилс sku id case',
);

/** Russian numbers first (the contract's default country); English drafts also try UK/US formats. */
const FALLBACK_COUNTRIES: Record<string, CountryCode[]> = { ru: [], en: ['GB', 'US'] };

function findInCandidate(candidate: string, draft: Draft) {
  let found = findPhoneNumbersInText(candidate, 'RU');
  for (const country of FALLBACK_COUNTRIES[draft.lang] ?? []) {
    if (found.length) break;
    found = findPhoneNumbersInText(candidate, country);
  }
  return found;
}

export function detectPhones(draft: Draft, ctx: DetectContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const candidate of draft.text.matchAll(CANDIDATE)) {
    const digits = candidate[0].replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) continue;
    for (const found of findInCandidate(candidate[0], draft)) {
      const start = candidate.index + found.startsAt;
      const end = candidate.index + found.endsAt;
      const written = draft.text.slice(start, end);
      const e164 = found.number.number;
      if (ctx.profile.hotlineNumbers.has(e164) || ctx.profile.hotlineNumbers.has(phoneDigits(written))) continue;
      if (TOLL_FREE.test(e164) || insideLink(draft, start, end)) continue;
      if (wordsBefore(draft, start, 2).some((w) => ID_WORDS.test(w))) continue;
      findings.push({
        ruleId: 'pii.phone',
        category: 'pii.phone',
        start,
        end,
        message: say(
          draft.lang,
          `Личный номер телефона (${excerpt(draft, start, end)}) в публичном ответе: дайте номер горячей линии или напишите в личные сообщения.`,
          `A personal phone number (${excerpt(draft, start, end)}) in a public reply: give the hotline or move to direct messages.`,
        ),
      });
    }
  }
  return findings;
}
