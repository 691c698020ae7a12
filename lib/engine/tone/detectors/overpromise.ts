import { excerpt, tokenIndexAt, type Draft } from '../draft';
import { brandIsSubject, negatedBefore, negationNear, say, sentenceHas, type LexiconGroup } from '../lexicon';
import type { ResolvedProfile } from '../profile';
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

const SOFTER = new Map([
  ['гарантируем', 'постараемся'],
  ['гарантирую', 'постараюсь'],
  ['guarantee', 'will do our best to ensure'],
]);

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
    fix: (matched) => {
      const softer = SOFTER.get(matched.toLowerCase());
      return softer ? matchCase(matched, softer) : undefined;
    },
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
  const findings: RawFinding[] = [];
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
    findings.push({ ruleId: 'overpromise', category: 'overpromise', start, end, message: message(ctx.messageLang, excerpt(draft, start, end)) });
  }
  return findings;
}
