import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { excerpt, insideLink, wordsBefore, type Draft } from '../draft';
import { say } from '../lexicon';
import { phoneDigits } from '../profile';
import type { DetectContext, RawFinding } from '../types';
import { wordRegex } from '../words';

// A run of digits with phone punctuation; only runs with 7–15 digits are handed to
// libphonenumber, so the (slow) full parser never sees ordinary prose.
const CANDIDATE = /[+(]?\d[\d\s().\u2013-]{5,24}\d/g;

// Toll-free and non-geographic business ranges (RU 8-800/8-804, North American toll-free, UK 0800/0808
// and 03/084/087, DE/BY/UA 800) belong to companies, never to a person. One not in the profile's
// hotlines is only a hint (`pii.phone:business`, info by default; the profile may raise it).
const BUSINESS = /^\+(?:780[04]|1(?:800|833|844|855|866|877|888)|44(?:80[08]|3|84|87)|49800|375800|380800)/;

// Numbers introduced by these words are identifiers, not phones (ИНН 7707083893 parses as +7 7…).
const ID_WORDS = wordRegex(
  'паспорт серия заказ счет артикул трек накладн договор обращени заявк order invoice tracking account ticket',
  'инн огрн огрнип кпп бик окпо снилс sku id case',
);

/**
 * Numbers introduced as an organisation's line («горячая линия», «телефон офиса», "our store line",
 * "call our support team at") are company numbers, whatever their range; words about a person
 * ("her cell", «мой мобильный») keep them personal.
 */
const ORG_LINE = wordRegex(
  'лини офис магазин отдел служб поддержк справочн приемн приёмн колл-центр контакт-центр call-центр горяч бесплатн ' +
    'hotline helpline line office store shop branch support service desk department center centre team toll',
  '',
);
const PERSONAL = wordRegex('мобильн личн сотов cell mobile personal private', 'мой моя мое моё его её ее him her his my me мне меня');

/** National formats tried in order: Russian first in Russian drafts, US/UK first in English ones. */
const COUNTRIES: Record<string, CountryCode[]> = { ru: ['RU'], en: ['US', 'GB', 'RU'] };

/** Words that introduce a phone number: then a number of a possible length counts even in a range not (yet) assigned. */
const PHONE_CUE = wordRegex('звон позвон телефон номер мобильн сотов whatsapp вотсап call ring text phone mobile cell tel', '');

function findInCandidate(candidate: string, draft: Draft, cued: boolean) {
  const countries = COUNTRIES[draft.lang] ?? ['RU'];
  for (const country of countries) {
    const found = findPhoneNumbersInText(candidate, country);
    if (found.length) return found;
  }
  const trimmed = candidate.trim();
  const startsAt = candidate.indexOf(trimmed[0]!);
  // "+44 7700 900417": an international number of a possible length in a range not (yet) assigned.
  if (/^\+\d[\d\s().-]{8,}\d$/.test(trimmed)) {
    const international = parsePhoneNumberFromString(trimmed);
    return international?.isPossible() ? [{ number: international, startsAt, endsAt: candidate.trimEnd().length }] : [];
  }
  // "Text me on 07700 654321": a national number introduced as a phone, of a possible length.
  if (cued && /^0\d/.test(trimmed))
    for (const country of countries) {
      const national = parsePhoneNumberFromString(trimmed, country);
      if (national?.isPossible()) return [{ number: national, startsAt, endsAt: candidate.trimEnd().length }];
    }
  return [];
}

export function detectPhones(draft: Draft, ctx: DetectContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const candidate of draft.text.matchAll(CANDIDATE)) {
    const digits = candidate[0].replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) continue;
    const cued = wordsBefore(draft, candidate.index, 3).some((w) => PHONE_CUE.test(w));
    for (const found of findInCandidate(candidate[0], draft, cued)) {
      const start = candidate.index + found.startsAt;
      const end = candidate.index + found.endsAt;
      const written = draft.text.slice(start, end);
      const e164 = found.number.number;
      if (ctx.profile.hotlineNumbers.has(e164) || ctx.profile.hotlineNumbers.has(phoneDigits(written))) continue;
      if (insideLink(draft, start, end)) continue;
      if (wordsBefore(draft, start, 2).some((w) => ID_WORDS.test(w))) continue;
      const before = wordsBefore(draft, start, 5);
      const organisation = before.some((w) => ORG_LINE.test(w)) && !before.some((w) => PERSONAL.test(w));
      if (BUSINESS.test(e164) || organisation) {
        findings.push({
          ruleId: 'pii.phone:business',
          category: 'pii.phone',
          severity: 'info',
          start,
          end,
          message: say(
            ctx.messageLang,
            `${excerpt(draft, start, end)} — номер компании (бесплатный или деловой), его нет среди горячих линий профиля: если это номер бренда, добавьте его в профиль.`,
            `${excerpt(draft, start, end)} is a company (toll-free or business) number that is not among the profile's hotlines: if it is the brand's, add it to the profile.`,
          ),
        });
        continue;
      }
      findings.push({
        ruleId: 'pii.phone',
        category: 'pii.phone',
        start,
        end,
        message: say(
          ctx.messageLang,
          `Личный номер телефона (${excerpt(draft, start, end)}) в публичном ответе: дайте номер горячей линии или напишите в личные сообщения.`,
          `A personal phone number (${excerpt(draft, start, end)}) in a public reply: give the hotline or move to direct messages.`,
        ),
      });
    }
  }
  return findings;
}
