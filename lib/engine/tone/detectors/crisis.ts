import type { Draft } from '../draft';
import { say } from '../lexicon';
import type { DetectContext, Lang, RawFinding, ScanDetector } from '../types';

/*
 * Crisis rules (issue 13.1): while crisis mode is on, a reply must not joke, use emoji or sell,
 * and should carry an apology or an acknowledgement and a time to come back with an answer.
 * They run only when the check asks for them (CheckOptions.crisis / the profile's crisis flag).
 * Jokes, emoji and promotion hold the send (`block`); a missing apology or time warns.
 * Someone else's words in quotation marks do not count.
 */

export const CRISIS_CATEGORY = 'crisis';
export const CRISIS_RULE_IDS = ['crisis:emoji', 'crisis:joke', 'crisis:promo', 'crisis:no-apology', 'crisis:no-eta'] as const;

/** Pictographs and the usual text smileys: «:)», «:-D», «;)», «xD», «^_^». */
const EMOJI =
  /(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)+|(?<![\p{L}\p{N}])[:;=]-?[)(DPpОо3*](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[xXхХ]D(?![\p{L}\p{N}])|\^_\^/gu;
// ©, ® and ™ are Extended_Pictographic too, but they are marks, not emoji.
const NOT_EMOJI = /^[\u00A9\u00AE\u2122\u203C\u2049]$/u;

/** Laughter, jokes and their markers: «шутка», «прикол», «хаха», «лол», «)))», "lol", "haha", "jk". */
const JOKE =
  /(?<![\p{L}])(?:шут(?:к|очк|л|ить|им|ю|ник)\p{L}*|пошут\p{L}*|шуч\p{L}*|прикол\p{L}*|ржу|ржака|угар\p{L}*|лол|кек|(?:а?ха){2,}х?|(?:хе){2,}|хих\p{L}*|lol|lmao|rofl|kek|(?:a?ha){2,}h?|(?:he){2,}|jk|just\s+kidding|no\s+joke|joke\p{L}*|joking|kidding)(?![\p{L}])|\){2,}|\({3,}/giu;

/** Selling in a crisis reads as not caring: promo codes, discounts, sales, gifts, bonuses. */
const PROMO =
  /(?<![\p{L}])(?:промо-?код\p{L}*|скидк\p{L}*|скидочн\p{L}*|распродаж\p{L}*|акци(?:я|и|ю|ей|ях)|кэшб[эе]к\p{L}*|кешб[эе]к\p{L}*|бонус\p{L}*|подар(?:ок|ка|ки|ком|ков)|купон\p{L}*|спецпредложени\p{L}*|promo(?:\s?codes?)?|discounts?|sale|coupons?|vouchers?|cashback|bonus(?:es)?|special\s+offers?|\d{1,3}\s?%\s?off)(?![\p{L}])/giu;
/** A link that advertises: tracking parameters, a referral, a shop, sale or promo page. */
const PROMO_LINK = /[?&](?:utm_[a-z]+|ref|promo|coupon)=|\/(?:[^\s?#]*[/_-])?(?:promo|sale|shop|offer|deals?|coupon)s?(?![\p{L}])/iu;

/** An apology or an acknowledgement that something is wrong. */
const APOLOGY =
  /(?<![\p{L}])(?:извин\p{L}*|прост(?:ите|и)|приносим|сожале\p{L}*|понима(?:ем|ю)|зна(?:ем|ю)\s+о|в\s+курсе|призна(?:ём|ем|ю)|видим|неудобств\p{L}*|sorry|apolog\p{L}*|regret\p{L}*|we\s+(?:understand|know|hear\s+you|see|acknowledge)|(?:we\s+are|we're|i\s+am|i'm)\s+(?:aware|sorry|looking)|acknowledg\p{L}*|inconvenience)(?![\p{L}\p{N}])/iu;

/** A time to come back: a clock time, a number of minutes or hours, today/tomorrow, by the evening. */
const ETA =
  /(?<![\p{N}])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\p{N}])|\d+\s*(?:минут\p{L}*|мин\.?|час\p{L}*|ч\.|дн(?:я|ей)|день|min(?:ute)?s?|hours?|hrs?|days?)(?![\p{L}])|(?<![\p{L}])(?:полчаса|час(?:а)?|сегодня|завтра|к\s+(?:вечеру|утру|обеду|концу\s+дня)|в\s+течение\s+(?:часа|дня|получаса|\p{L}+\s+(?:минут|часов))|half\s+an\s+hour|an\s+hour|today|tonight|tomorrow|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?day|within\s+(?:the\s+|an\s+|a\s+)?(?:hour|day|\d+))(?![\p{L}])/iu;

/** A whole-draft rule needs a reply to judge: a few words, not the first keystrokes. */
const MIN_WORDS = 4;

const texts = {
  emoji: (lang: Lang) =>
    say(lang, 'Кризис: без эмодзи и смайликов — они звучат легкомысленно.', 'Crisis: no emoji or smileys — they read as flippant.'),
  joke: (lang: Lang) =>
    say(lang, 'Кризис: без шуток и смеха — людям сейчас не до них.', 'Crisis: no jokes or laughter — people are not in the mood.'),
  promo: (lang: Lang) =>
    say(lang, 'Кризис: без рекламы, скидок и промо-ссылок.', 'Crisis: no promotion, discounts or promo links.'),
  noApology: (lang: Lang) =>
    say(
      lang,
      'Кризис: извинитесь или признайте проблему («Приносим извинения», «Мы знаем о проблеме»).',
      'Crisis: apologise or acknowledge the problem ("We are sorry", "We are aware of the issue").',
    ),
  noEta: (lang: Lang) =>
    say(
      lang,
      'Кризис: назовите, когда вернётесь с ответом («в течение часа», «до 18:00»).',
      'Crisis: say when you will come back with an answer ("within an hour", "by 6 pm").',
    ),
};

/** A match inside quotation marks, a link or a placeholder is not the brand's own voice. */
function ownVoice(draft: Draft, start: number, end: number): boolean {
  for (const span of [...draft.links, ...draft.placeholders]) if (start < span.end && span.start < end) return false;
  for (let i = 0; i < draft.tokens.length; i++) {
    const token = draft.tokens[i]!;
    if (token.start >= end) break;
    if (token.end > start && draft.quoted[i]) return false;
  }
  return true;
}

function matches(draft: Draft, pattern: RegExp, ruleId: string, message: string, fix?: string): RawFinding[] {
  const found: RawFinding[] = [];
  for (const m of draft.text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ruleId === 'crisis:emoji' && NOT_EMOJI.test(m[0])) continue;
    if (!ownVoice(draft, start, end)) continue;
    found.push({ ruleId, category: CRISIS_CATEGORY, severity: 'block', start, end, message, ...(fix !== undefined ? { fix } : {}) });
  }
  return found;
}

/** The span a whole-draft finding marks: the draft's first sentence (or line). */
function firstSentence(text: string): { start: number; end: number } {
  const start = text.search(/\S/u);
  const rest = text.slice(start);
  const stop = rest.search(/[.!?\n…]/u);
  return { start, end: start + (stop < 0 ? rest.trimEnd().length : stop + 1) };
}

export const detectCrisis: ScanDetector = (draft: Draft, ctx: DetectContext) => {
  const lang = ctx.messageLang;
  const findings: RawFinding[] = [
    ...matches(draft, EMOJI, 'crisis:emoji', texts.emoji(lang), ''),
    ...matches(draft, JOKE, 'crisis:joke', texts.joke(lang)),
    ...matches(draft, PROMO, 'crisis:promo', texts.promo(lang)),
  ];
  for (const link of draft.links)
    if (link.type === 'url' && PROMO_LINK.test(link.value))
      findings.push({ ruleId: 'crisis:promo', category: CRISIS_CATEGORY, severity: 'block', start: link.start, end: link.end, message: texts.promo(lang) });

  if (ctx.kind === 'reply' && draft.tokens.filter((t, i) => !draft.masked[i] && /\p{L}/u.test(t.norm)).length >= MIN_WORDS) {
    const own = ownText(draft);
    const span = firstSentence(draft.text);
    if (!APOLOGY.test(own))
      findings.push({ ruleId: 'crisis:no-apology', category: CRISIS_CATEGORY, severity: 'warn', ...span, message: texts.noApology(lang) });
    if (!ETA.test(own)) findings.push({ ruleId: 'crisis:no-eta', category: CRISIS_CATEGORY, severity: 'warn', ...span, message: texts.noEta(lang) });
  }
  return findings;
};

/** The draft without quotations, links and placeholders: only the brand's own words can apologise. */
function ownText(draft: Draft): string {
  let text = draft.text;
  for (const span of [...draft.links, ...draft.placeholders]) text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
  for (let i = 0; i < draft.tokens.length; i++) {
    const token = draft.tokens[i]!;
    if (draft.quoted[i]) text = text.slice(0, token.start) + ' '.repeat(token.end - token.start) + text.slice(token.end);
  }
  return text;
}
