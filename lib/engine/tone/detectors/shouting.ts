import { scriptOf } from '../../text';
import type { Draft } from '../draft';
import { say } from '../lexicon';
import { isAllCaps } from '../text-case';
import type { DetectContext, RawFinding } from '../types';

/** Abbreviations and names customarily written in capitals that look like ordinary words. */
const COMMON_ABBREVIATIONS = new Set(
  ('СНИЛС ОГРН ОГРНИП ОКВЭД ОКПО ЕГРЮЛ ЕГРИП ОСАГО КАСКО ГОСТ ЗОЗПП НДФЛ ОМОН ЗАГС НАТО ЮНЕСКО ЮНИСЕФ ГИБДД ' +
    'СДЭК ОЗОН АВИТО РОСПОТРЕБНАДЗОР МВД ФНС ФССП ЕГЭ ОГЭ ВУЗ ВУЗА ВУЗЫ ВУЗОВ ТАСС РИА ИТАР ПАО ОАО ЗАО ' +
    'ASAP NASA FIFA UEFA NATO IKEA LEGO JSON HTML HTTP HTTPS JPEG UNICEF UNESCO OPEC COVID IBAN SWIFT VISA ' +
    'MAESTRO WIFI WI-FI GPS NFC PDF CVV CVC OTP SMS FAQ CEO API URL USB HDMI IMAX ERID UTC GMT IMHO USPS AMEX NASDAQ SEPA').split(' '),
);
const RU_VOWELS = /[аеёиоуыэюя]/giu;
const EN_VOWELS = /[aeiouy]/gi;
const RUN_GAP = /^[\s,:;—–\-"'«»()/&+]*$/;
const PUNCT_RUN = /[!?\uff01\uff1f\u203c\u2047-\u2049]+/g;

/** Capitals that are not an abbreviation, a brand name, a code with digits or a short foreign name. */
function isShouted(raw: string, draft: Draft, ctx: DetectContext): boolean {
  if (!startsUpperCase(raw) || /\d/.test(raw) || !isAllCaps(raw)) return false;
  const upper = raw.toUpperCase();
  if (ctx.profile.capsAllowed.has(upper) || COMMON_ABBREVIATIONS.has(upper)) return false;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const script = scriptOf(raw.toLowerCase());
  // A short word in the other alphabet (IKEA in a Russian draft) is a name, not a raised voice.
  if (letters.length <= 5 && script !== (draft.lang === 'ru' ? 'cyrillic' : 'latin')) return false;
  // Read letter by letter = an abbreviation: Russian ones have at most one vowel (СНИЛС, МКАД,
  // КБЖУ); English words like MUCH or JUST do too, so there only vowel-less ones (HTML) qualify.
  const vowels = letters.match(script === 'cyrillic' ? RU_VOWELS : EN_VOWELS)?.length ?? 0;
  if (script === 'cyrillic' ? vowels <= 1 && letters.length <= 5 : vowels === 0) return false;
  return true;
}

/** A cheap first test run on every word: Latin or Cyrillic capital first letter. */
function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401;
}

export function detectShouting(draft: Draft, ctx: DetectContext): RawFinding[] {
  return [...shoutedWords(draft, ctx), ...shoutedPunctuation(draft)];
}

/** Runs of capitalised words become one finding whose fix is the run in normal case. */
function shoutedWords(draft: Draft, ctx: DetectContext): RawFinding[] {
  const { tokens, text } = draft;
  const findings: RawFinding[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (draft.masked[i] || !isShouted(tokens[i]!.raw, draft, ctx)) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (draft.masked[j] || !RUN_GAP.test(text.slice(tokens[j - 1]!.end, token.start))) break;
      if (!isAllCaps(token.raw) || /\d/.test(token.raw) || ctx.profile.capsAllowed.has(token.raw.toUpperCase())) break;
      if (isShouted(token.raw, draft, ctx)) last = j;
      else if (token.raw.replace(/[^\p{L}]/gu, '').length >= 4) break; // an abbreviation ends the run
    }
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    const written = text.slice(start, end);
    let fix = written.toLowerCase();
    if (startsSentence(text, start)) fix = fix[0]!.toUpperCase() + fix.slice(1);
    findings.push({
      ruleId: 'shouting:caps',
      category: 'shouting',
      start,
      end,
      message: say(
        draft.lang,
        `«${written}» заглавными буквами читается как крик.`,
        `"${written}" in capitals reads as shouting.`,
      ),
      fix,
    });
    i = last + 1;
  }
  return findings;
}

/** True when only spaces separate `offset` from the text start or a sentence end. */
function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i]!)) i--;
  return i < 0 || '.!?…\n'.includes(text[i]!);
}

/** "!!", "!!!", "?!?!", "???": one mark is enough. */
function shoutedPunctuation(draft: Draft): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const m of draft.text.matchAll(PUNCT_RUN)) {
    const run = m[0];
    const exclamations = [...run].reduce((n, ch) => n + (ch === '!' || ch === '\uff01' ? 1 : ch === '\u203c' ? 2 : 0), 0);
    if (exclamations < 2 && run.length < 3) continue;
    findings.push({
      ruleId: 'shouting:punct',
      category: 'shouting',
      start: m.index,
      end: m.index + run.length,
      message: say(draft.lang, `«${run}» — хватит одного знака.`, `"${run}": one mark is enough.`),
      fix: /[?\uff1f\u2047-\u2049]/.test(run) ? '?' : '!',
    });
  }
  return findings;
}
