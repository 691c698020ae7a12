import { excerpt, tokenIndexAt, type Draft } from '../draft';
import { brandIsSubject, negatedBefore, negationNear, say, sentenceHas, type LexiconGroup } from '../lexicon';
import type { ResolvedProfile } from '../profile';
import { capitalise, fixFields, mergeEdits, removalEdit, startsSentence, type BuiltinFixKind, type TextEdit } from '../fixes';
import { matchCase } from '../text-case';
import type { DetectContext, Lang, RawFinding } from '../types';
import { wordRegex } from '../words';

/** Warranty and consumer law are facts, not promises: «гарантия 1 год по закону», "statutory". */
const LEGAL = wordRegex(
  'закон законодат потребител гарантийн производител legal warrant consumer money-back',
  'зозпп statutory law laws',
);
const PERMANENT_ACTION = wordRegex('удал стер стир delet remov eras');
const notLegal = (draft: Draft, first: number, last: number) => !sentenceHas(draft, first, last, (w) => LEGAL.test(w));
/** "We are not able to guarantee", «не можем гарантировать»: a negated promise is no promise. */
const promised = (draft: Draft, first: number, last: number, profile: ResolvedProfile) =>
  notLegal(draft, first, last) &&
  !negatedBefore(draft, first, 4) &&
  !negatedAfter(draft, last) &&
  !namedPolicy(draft, first) &&
  (!REPORTED.test(draft.tokens[first]!.norm) || brandIsSubject(draft, first, last, profile));

/** «власти гарантируют», «компания гарантировала», "the bank guarantees": someone's promise, reported. */
const REPORTED = /^(?:гарантир\p{L}*(?:ют|ет|ли|ла|л|ло)|guarantees)$/u;

/**
 * "our Money Back Guarantee", "the baggage service guarantee voucher": the noun names a policy the
 * brand runs (a fact), unlike "we guarantee that…".
 */
function namedPolicy(draft: Draft, first: number): boolean {
  if (draft.tokens[first]!.norm !== 'guarantee') return false;
  const before = [first - 1, first - 2, first - 3].map((i) => (i >= 0 && draft.sentence[i] === draft.sentence[first] ? draft.tokens[i]!.norm : ''));
  if (!before.some((w) => /^(?:our|the|a|this|with|your)$/.test(w)) || before[0] === 'we' || before[0] === 'i') return false;
  return !/^(?:that|you|your|it|to|we)$/.test(draft.tokens[first + 1]?.norm ?? '');
}

const MODAL_AFTER = /^(?:можем|могу|сможем|смогу|станем|будем|беремся|берёмся|вправе|в|силах|состоянии)$/;
/**
 * «Гарантировать сроки не можем»: the negated modal follows the verb. An infinitive depends on a
 * modal, so a negated one anywhere later in its sentence negates it too («Гарантировать, что посылка
 * придёт до праздников, мы, к сожалению, не можем»).
 */
function negatedAfter(draft: Draft, last: number): boolean {
  const id = draft.sentence[last];
  const reach = /(?:ть|ться)$/.test(draft.tokens[last]!.norm) ? Infinity : last + 3;
  for (let i = last + 1; i <= reach && i + 1 < draft.tokens.length && draft.sentence[i + 1] === id; i++)
    if (draft.tokens[i]!.norm === 'не' && MODAL_AFTER.test(draft.tokens[i + 1]!.norm)) return true;
  return false;
}

const message = (lang: Lang, matched: string) =>
  say(
    lang,
    `«${matched}» — обещание, которое бренд не может гарантировать; скажите, что сделаете, без гарантий.`,
    `"${matched}" promises what the brand cannot be sure of; say what you will do instead.`,
  );

/**
 * Softer wording for the first-person verb «гарантируем»/"guarantee", by subject: the words that
 * replace it before an object («постараемся обеспечить возврат») and before a «что»/"that" clause
 * («надеемся, что…»). Other forms (гарантировать, guaranteed, ручаемся…) have no safe one-word
 * rewrite, so their findings come without a fix.
 */
export const GUARANTEE_REWRITES: ReadonlyMap<string, { lang: Lang; object: string; clause: string }> = new Map([
  ['гарантируем', { lang: 'ru', object: 'постараемся обеспечить', clause: 'надеемся' }],
  ['гарантирую', { lang: 'ru', object: 'постараюсь обеспечить', clause: 'надеюсь' }],
  ['we guarantee', { lang: 'en', object: 'will do our best to ensure', clause: 'expect' }],
  ['i guarantee', { lang: 'en', object: 'will do my best to ensure', clause: 'expect' }],
]);

/** Dative pronouns that drop out before a clause: «гарантируем вам, что» → «надеемся, что». */
const ADDRESSEE = /^(?:вам|тебе|you)$/;
const THAT = /^(?:что|that)$/;

/**
 * The fix of «гарантируем»/"we guarantee": the verb rewritten for its subject and what follows,
 * plus a «на 100%»/"100%" of the same clause dropped (it only repeats the guarantee).
 */
function guaranteeFix(draft: Draft, first: number, last: number): (TextEdit & { kind: BuiltinFixKind }) | undefined {
  if (first !== last) return undefined;
  const { text, tokens } = draft;
  const verb = tokens[first]!;
  const id = draft.sentence[first];
  // The guarantee's own "100%": a certain one, or any at its clause end ("a refund 100%"), not an
  // amount that a noun follows («возврат 100% стоимости»).
  const certain = certainHundreds(draft);
  const hundreds = [...text.matchAll(HUNDRED)]
    .map((m) => withPreposition(draft, { start: m.index, end: m.index + m[0].length }))
    .filter((h) => h.end - h.start > 0 && (certain.some((c) => c.end === h.end) || /^[ \t]*(?:[.,!?;:…)\n]|$)/.test(text.slice(h.end)) || /^на/i.test(text.slice(h.start))));
  // "we guarantee": the English verb needs its subject right before it (a "100%" may stand between).
  let subject = '';
  if (draft.lang === 'en') {
    let i = first - 1;
    while (i >= 0 && draft.sentence[i] === id && hundreds.some((h) => h.start <= tokens[i]!.start && tokens[i]!.end <= h.end)) i--;
    if (i < 0 || draft.sentence[i] !== id) return undefined;
    subject = tokens[i]!.norm + ' ';
  }
  const rewrite = GUARANTEE_REWRITES.get(subject + verb.norm);
  if (!rewrite || rewrite.lang !== draft.lang) return undefined;

  // Right after the verb: skip a «на 100%», then an addressee before «что»/"that".
  let j = last + 1;
  const inHundred = (k: number) => hundreds.some((h) => h.start <= tokens[k]!.start && tokens[k]!.end <= h.end);
  while (j < tokens.length && draft.sentence[j] === id && inHundred(j)) j++;
  const word = (k: number) => (k < tokens.length && draft.sentence[k] === id ? tokens[k]!.norm : '');
  const addressee = ADDRESSEE.test(word(j)) && THAT.test(word(j + 1));
  const clause = THAT.test(word(j)) || addressee;
  if (!clause && draft.lang === 'en' && word(j) === 'you') return undefined; // "guarantee you a refund"

  const edits: TextEdit[] = [];
  // The verb (with a dropped addressee: «гарантируем вам» → «надеемся»).
  const verbEnd = addressee ? tokens[j]!.end : verb.end;
  // Only the verb's own case carries over: "WE GUARANTEE a refund" must not shout "A REFUND".
  const original = text.slice(verb.start, verb.end);
  edits.push({ start: verb.start, end: verbEnd, text: matchCase(original, clause ? rewrite.clause : rewrite.object) });
  // "100%" of the guarantee's clause: right before the verb, or after it with no clause mark between.
  const sentenceEnd = sentenceEndAt(text, verb.end);
  for (const h of hundreds) {
    if (h.end <= verb.start && /^\s*$/.test(text.slice(h.end, verb.start))) edits.push({ start: h.start, end: verb.start, text: '' });
    else if (h.start >= verbEnd && h.end <= sentenceEnd && (clause || !/[,;:—–()]/.test(text.slice(verbEnd, h.start))))
      edits.push(removalEdit(text, h.start, h.end));
  }
  const merged = mergeEdits(text, dropOverlaps(edits));
  if (startsSentence(text, merged.start)) merged.text = capitalise(merged.text);
  const kind: BuiltinFixKind =
    draft.lang === 'ru' ? (clause ? 'overpromise:ru-that' : 'overpromise:ru-promise') : clause ? 'overpromise:en-that' : 'overpromise:en-promise';
  return { ...merged, kind };
}

/** Edits sorted by start, without one overlapping an earlier one (adjacent removals may share a space). */
function dropOverlaps(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && edit.start < previous.end) {
      if (edit.text === '' && edit.end > previous.end) kept.push({ start: previous.end, end: edit.end, text: '' });
      continue;
    }
    kept.push(edit);
  }
  return kept;
}

/** Offset of the end of the sentence that contains `offset`. */
function sentenceEndAt(text: string, offset: number): number {
  const m = /[.!?…\n]/.exec(text.slice(offset));
  return m ? offset + m.index : text.length;
}

/** «на 100%»: the preposition goes with the number. */
function withPreposition(draft: Draft, span: { start: number; end: number }): { start: number; end: number } {
  const m = /(?<![\p{L}\p{N}])на\s+$/iu.exec(draft.text.slice(0, span.start));
  return m ? { start: m.index, end: span.end } : span;
}

export const overpromiseLexicon: LexiconGroup[] = [
  {
    ruleId: 'overpromise',
    category: 'overpromise',
    patterns: [
      'гарантир*',
      'даем|дадим|даю|=даём гарантия',
      'с гарантией',
      'гарантия того|что',
      'guarantee*',
      'ручаемся|ручаюсь',
      'rest assured',
    ],
    message,
    fix: guaranteeFix,
    accept: promised,
  },
  {
    // Certainty about an outcome the brand does not control: «курьер точно будет через 10 минут».
    ruleId: 'overpromise',
    category: 'overpromise',
    patterns: [
      'точно будет|будут|придет|приедет|привезем|привезут|доставим|доставят|успеем|успеет|вернем|вернутся|получите|сработает|поможет|решим|заработает',
      'никогда не подвед*|сломает*|сломается|разрядит*|испорт*|разочару*',
      'never ~ again',
      'never let you down',
      'always arrive|arrives|be|stay hot|fresh',
      'always arrive|arrives on time',
      'always work|works perfectly|flawlessly',
    ],
    message,
    accept: promised,
  },
  {
    ruleId: 'overpromise',
    category: 'overpromise',
    patterns: [
      'никогда больше',
      'больше никогда',
      'никогда|больше|впредь не повтор*',
      '=это|такое|подобное не повторит*',
      'больше|впредь такого|подобного не будет|случится|произойдет|повторится',
      'такого|подобного больше|впредь не будет|случится|произойдет',
      'всегда будет|будут',
      'never again',
      'never ever',
      'never happen again',
      "won't|=wont happen again",
      'will not happen again',
    ],
    message,
    accept: (draft, first, last) => notLegal(draft, first, last) && !/^(?:if|если|чтобы)$/.test(draft.tokens[first - 1]?.norm ?? ''),
  },
  {
    ruleId: 'overpromise',
    category: 'overpromise',
    patterns: ['навсегда', 'forever'],
    message,
    // Deleting an account or data "forever" is a fact, not a promise.
    accept: (draft, first, last) => !sentenceHas(draft, first, last, (w) => PERMANENT_ACTION.test(w)),
  },
];

const HUNDRED = /(?<![\p{N}.,])(?:100 ?%|100 процент\p{L}*|сто процент\p{L}*|стопроцентн\p{L}*)/giu;
const CERTAINTY = wordRegex(
  'гарант уверен обеща результат certain guarantee satisf promise',
  "точно вернем сделаем решим доставим успеем будет будем sure will we'll",
);

/** Words right after "100%" that make it a certainty, not an amount: "100% safe", «100% нет аллергенов». */
const CERTAIN_AFTER = wordRegex(
  'безопасн надежн уверен гарант точн получ верн сработ придет приед доставим успе',
  'не нет будет будут no not safe secure sure certain guaranteed true correct accurate reliable right',
);
/** "Refund 100% of the price", «скидка 100%»: the amount the brand itself decides. */
const AMOUNT_BEFORE = wordRegex('скидк возврат вернем вернём возмест компенс кешбэк кэшбэк предоплат оплат refund discount cashback', 'of off');

/**
 * "100%" is a promise next to certainty words («на 100%», "100% sure"), standing alone at the end of
 * a clause («деньги вернутся 100%») or before a negation/adjective of certainty («100% нет»); not
 * in «100% арабика» or "we refund 100% of the price".
 */
export function detectHundredPercent(draft: Draft, ctx: DetectContext): RawFinding[] {
  return certainHundreds(draft).map(({ start, end }) => {
    const finding: RawFinding = { ruleId: 'overpromise', category: 'overpromise', start, end, message: message(ctx.messageLang, excerpt(draft, start, end)) };
    const fix = hundredFix(draft, start, end);
    if (fix) Object.assign(finding, fixFields(start, end, fix), { fixKind: 'overpromise:hundred' });
    return finding;
  });
}

/**
 * Dropping the "100%" is safe where it qualifies a word: «на 100%» (an adverb), "100% sure",
 * «стопроцентная гарантия», «100% придёт». Standing alone at a clause end («качество 100%») it may
 * be the predicate itself, so it gets no fix there.
 */
function hundredFix(draft: Draft, start: number, end: number): TextEdit | undefined {
  const span = withPreposition(draft, { start, end });
  const clauseEnd = /^\s*(?:[.,!?;:…)\n]|$)/.test(draft.text.slice(end));
  // «Сто процентов, придёт завтра»: an opening parenthetical goes with its comma.
  const parenthetical = startsSentence(draft.text, start) && /^\s*,/.test(draft.text.slice(end));
  if (span.start === start && clauseEnd && !parenthetical) return undefined;
  return removalEdit(draft.text, span.start, span.end);
}

/** The "100%" spans of the draft that state a certainty (see detectHundredPercent). */
function certainHundreds(draft: Draft): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of draft.text.matchAll(HUNDRED)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = tokenIndexAt(draft, end);
    const before = tokenIndexAt(draft, start) - 1;
    const word = (i: number) => (i >= 0 && i < draft.tokens.length ? draft.tokens[i]!.norm : '');
    // «не можем гарантировать на 100%», "can't be 100% sure": a negation close before it.
    if (before >= 0 && negationNear(draft, before + 1, 4)) continue;
    const near = [before - 1, before, after, after + 1].map(word).filter(Boolean);
    const spelled = !/^100/.test(m[0]);
    const clauseEnd = /^\s*(?:[.,!?;:…)\n]|$)/.test(draft.text.slice(end));
    const amount = AMOUNT_BEFORE.test(word(before)) || AMOUNT_BEFORE.test(word(before - 1)) || word(after) === 'of';
    const certain =
      spelled ||
      word(before) === 'на' ||
      near.some((w) => CERTAINTY.test(w)) ||
      (!amount && (clauseEnd || CERTAIN_AFTER.test(word(after))));
    if (!certain || (amount && !spelled)) continue;
    spans.push({ start, end });
  }
  return spans;
}
