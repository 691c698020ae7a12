import { scriptOf, stem } from '../../text';
import { COMMON_ABBREVIATIONS } from '../abbreviations';
import type { Draft } from '../draft';
import { say } from '../lexicon';
import { capitalise, startsSentence } from '../fixes';
import { isAllCaps } from '../text-case';
import type { DetectContext, RawFinding } from '../types';

const RU_VOWELS = /[аеёиоуыэюя]/giu;
const EN_VOWELS = /[aeiouy]/gi;
const RUN_GAP = /^[\s,:;—–\-"'«»()/&+]*$/;
const PUNCT_RUN = /[!?\uff01\uff1f\u203c\u2047-\u2049]+/g;

/** Capitals that are not an abbreviation, a brand name, a code with digits or a short foreign name. */
function isShouted(raw: string, draft: Draft, ctx: DetectContext): boolean {
  if (!startsUpperCase(raw) || /\d/.test(raw) || !isAllCaps(raw)) return false;
  if (isBrandOrAbbreviation(raw, ctx)) return false;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const script = scriptOf(raw.toLowerCase());
  // A word in the other alphabet (IKEA, HIMARS in a Russian draft) is a name, not a raised voice.
  if (script !== (draft.lang === 'ru' ? 'cyrillic' : 'latin')) return false;
  // Read letter by letter = an abbreviation: Russian ones have at most one vowel (СНИЛС, МКАД,
  // КБЖУ); English words like MUCH or JUST do too, so there only vowel-less ones (HTML) qualify.
  const vowels = letters.match(script === 'cyrillic' ? RU_VOWELS : EN_VOWELS)?.length ?? 0;
  if (script === 'cyrillic' ? vowels <= 1 && letters.length <= 5 : vowels === 0) return false;
  // An English word cannot start with "NV", "XB", "LG": such capitals are read letter by letter (NVIDIA).
  if (script === 'latin' && !pronounceableStart(letters.toLowerCase())) return false;
  return true;
}

/** Two-consonant beginnings of English words (three-letter ones start with one of these too). */
const ENGLISH_ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kn kl kr ph pl pr ps sc sh sk sl sm sn sp sq st sw th tr tw wh wr'.split(' '),
);

function pronounceableStart(word: string): boolean {
  const consonant = (ch: string | undefined) => ch !== undefined && !/[aeiouy]/.test(ch);
  return !(consonant(word[0]) && consonant(word[1])) || ENGLISH_ONSETS.has(word.slice(0, 2));
}

/** A brand name in any case form («ФОРМЫ» for «ФОРМА»), a profile abbreviation or a common one. */
function isBrandOrAbbreviation(raw: string, ctx: DetectContext): boolean {
  const upper = raw.toUpperCase();
  if (ctx.profile.capsAllowed.has(upper) || COMMON_ABBREVIATIONS.has(upper)) return true;
  return ctx.profile.brandStems.size > 0 && ctx.profile.brandStems.has(stem(raw.toLowerCase()));
}

/** A cheap first test run on every word: Latin or Cyrillic capital first letter. */
function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401;
}

export function detectShouting(draft: Draft, ctx: DetectContext): RawFinding[] {
  return [...shoutedWords(draft, ctx), ...shoutedPunctuation(draft, ctx)];
}

/** Runs of capitalised words become one finding whose fix is the run in normal case. */
function shoutedWords(draft: Draft, ctx: DetectContext): RawFinding[] {
  const { tokens, text } = draft;
  const findings: RawFinding[] = [];
  let i = 0;
  const headings = new HeadingLines(text);
  while (i < tokens.length) {
    if (!isShouted(tokens[i]!.raw, draft, ctx) || isExempt(draft, i, headings)) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j]!;
      if (isExempt(draft, j, headings) || !RUN_GAP.test(text.slice(tokens[j - 1]!.end, token.start))) break;
      if (!isAllCaps(token.raw) || /\d/.test(token.raw) || isBrandOrAbbreviation(token.raw, ctx)) break;
      if (isShouted(token.raw, draft, ctx)) last = j;
      else if (token.raw.replace(/[^\p{L}]/gu, '').length >= 4) break; // an abbreviation ends the run
    }
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    const written = text.slice(start, end);
    let fix = written.toLowerCase();
    // English "I" stays a capital: "CALL ME WHEN I AM BACK" → "call me when I am back".
    if (draft.lang === 'en') fix = fix.replace(/(?<![\p{L}\p{N}'’])i(?=$|[^\p{L}\p{N}]|['’](?:m|ll|ve|d)\b)/gu, 'I');
    if (startsSentence(text, start)) fix = capitalise(fix);
    findings.push({
      ruleId: 'shouting:caps',
      category: 'shouting',
      start,
      end,
      message: say(
        ctx.messageLang,
        `«${written}» заглавными буквами читается как крик.`,
        `"${written}" in capitals reads as shouting.`,
      ),
      fix,
      fixKind: 'shouting:caps',
    });
    i = last + 1;
  }
  return findings;
}

/**
 * Capitals that are not the brand's raised voice: quoted words (the customer's «ВЕРНИТЕ ДЕНЬГИ»,
 * a title), hashtags and @names, and words of a heading line.
 */
function isExempt(draft: Draft, i: number, headings: HeadingLines): boolean {
  if (draft.masked[i] || draft.quoted[i]) return true;
  const token = draft.tokens[i]!;
  const before = draft.text[token.start - 1];
  return before === '#' || before === '@' || headings.has(token.start) || isNamed(draft, i);
}

/** Nouns that introduce a name and verbs that introduce a button label: «проект АТОМКОР», "click MENU". */
const NAMING = /^(?:проект\p{L}*|компани\p{L}*|бренд\p{L}*|марк[аиуе]|сервис\p{L}*|программ\p{L}*|приложени\p{L}*|платформ\p{L}*|завод\p{L}*|фирм\p{L}*|организаци\p{L}*|ассоциаци\p{L}*|групп\p{L}*|кнопк\p{L}*|нажмите|выберите|project|company|brand|app|service|button|click|press|tap|select|hit|choose)$/u;

/** A single capitalised word right after a naming word, not followed by more capitals: a name or a label. */
function isNamed(draft: Draft, i: number): boolean {
  const previous = draft.tokens[i - 1];
  if (!previous || draft.sentence[i - 1] !== draft.sentence[i] || !NAMING.test(previous.norm)) return false;
  const next = draft.tokens[i + 1];
  return !next || draft.sentence[i + 1] !== draft.sentence[i] || !isAllCaps(next.raw);
}

/**
 * A heading: a line with no lower-case letter and no "!" («1.1 ТРАНСЛЯЦИЯ», «СРОЧНО»), of at most
 * eight words, followed by more text. A draft in capitals from start to end has no heading.
 */
class HeadingLines {
  private readonly lines: { start: number; end: number }[] = [];
  constructor(text: string) {
    if (!text.includes('\n') || !/\p{Ll}/u.test(text)) return;
    let start = 0;
    for (const line of text.split('\n')) {
      const end = start + line.length;
      const words = line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      const rest = text.slice(end);
      if (words && words <= 8 && !/\p{Ll}/u.test(line) && !/!|[!?]\?|\?!/.test(line) && /[\p{L}\p{N}]/u.test(rest))
        this.lines.push({ start, end });
      start = end + 1;
    }
  }
  has(offset: number): boolean {
    return this.lines.some((line) => line.start <= offset && offset < line.end);
  }
}


/** "!!", "!!!", "?!?!", "???": one mark is enough. */
function shoutedPunctuation(draft: Draft, ctx: DetectContext): RawFinding[] {
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
      message: say(ctx.messageLang, `«${run}» — хватит одного знака.`, `"${run}": one mark is enough.`),
      fix: /[?\uff1f\u2047-\u2049]/.test(run) ? '?' : '!',
      fixKind: 'shouting:punct',
    });
  }
  return findings;
}
