import { excerpt, tokenIndexAt, type Draft } from '../draft';
import { say, sentenceHas, type LexiconGroup } from '../lexicon';
import { matchCase } from '../text-case';
import type { Lang, RawFinding } from '../types';
import { wordRegex } from '../words';

/** Warranty and consumer law are facts, not promises: «гарантия 1 год по закону», "statutory". */
const LEGAL = wordRegex(
  'закон законодат потребител гарантийн производител legal warrant consumer money-back',
  'зозпп statutory law laws',
);
const PERMANENT_ACTION = wordRegex('удал стер стир delet remov eras');
const notLegal = (draft: Draft, first: number, last: number) => !sentenceHas(draft, first, last, (w) => LEGAL.test(w));

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
    ],
    message,
    fix: (matched) => {
      const softer = SOFTER.get(matched.toLowerCase());
      return softer ? matchCase(matched, softer) : undefined;
    },
    accept: notLegal,
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

/** "100%" is a promise next to certainty words («на 100%», "100% sure"), not in «100% арабика». */
export function detectHundredPercent(draft: Draft): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const m of draft.text.matchAll(HUNDRED)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = tokenIndexAt(draft, end);
    const before = tokenIndexAt(draft, start) - 1;
    const near = [before - 1, before, after, after + 1]
      .filter((i) => i >= 0 && i < draft.tokens.length)
      .map((i) => draft.tokens[i]!.norm);
    const spelled = !/^100/.test(m[0]);
    if (!spelled && draft.tokens[before]?.norm !== 'на' && !near.some((w) => CERTAINTY.test(w))) continue;
    findings.push({ ruleId: 'overpromise', category: 'overpromise', start, end, message: message(draft.lang, excerpt(draft, start, end)) });
  }
  return findings;
}
