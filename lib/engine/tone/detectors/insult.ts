import type { Draft } from '../draft';
import { say, sentenceHas, type LexiconGroup } from '../lexicon';
import type { DetectContext, Lang, RawFinding } from '../types';
import { wordRegex } from '../words';

const message = (lang: Lang, matched: string) =>
  say(lang, `«${matched}» — оскорбление; так нельзя говорить о людях.`, `"${matched}" is an insult; never say this about people.`);

/** A clown costume, a circus, a party entertainer: the literal clown, no insult. */
const LITERAL_CLOWN = wordRegex('цирк костюм аниматор грим праздни утренник фестивал хэллоуин хеллоуин наряд переод нарядит circus costume makeup party festival halloween dress');

/**
 * Stems of insulting nouns and adjectives: matched as whole words below, and as parts of hyphenated
 * compounds («конкуренты-бездари», «тролль-неудачник») by detectInsultCompounds.
 */
const INSULT_STEMS = [
  'дурак дурочк дурачк идиот дебил кретин имбецил тупиц тупорыл тупоголов безмозгл придур олух болван бестолоч неадекват',
  'быдл мудак мудил дегенерат скотин сволоч нищеброд неуч невежд криворук истеричк бездар неудачник лошар лузер нытик',
  'жирдя жиробас дрыщ задрот школот малолетк дармоед нахлебник халявщик жлоб лентя лодыр бездельник чучел уродц',
  'деревенщин колхозник понаехавш алкаш нарик',
].join(' ');

/** Insulting words about people, in all word forms (prefixes cover declension). */
export const insultLexicon: LexiconGroup[] = [
  {
    ruleId: 'insult',
    category: 'insult',
    patterns: [
      ...INSULT_STEMS.split(' ').map((stem) => `${stem}*`),
      '=дура|=дуры|=дуре|=дуру|=дурой', 'дурачок', 'тупост*', 'хамло', '=хам|=хама|=хаму|=хамом|=хамы|=хамов|=хамам|=хамка|=хамки|=хамье',
      '=лох|=лохи|=лоха|=лохов|=лохам', 'урод', 'уродина', '=чмо', '=тварь',
      '=псих|=психи|=психа|=психов', 'глуп*|туп* вопрос*|клиент*|человек*|люд*|покупател*|курьер*|народ*',
      '=не =тупите|=тупи',
      'диванн* эксперт*|аналитик*|критик*|воин*',
      // Words that insult only when said of the reader: «ну ты и клоун», «вы тормоза».
      'ты|вы и? баран*|=овца|=овцы|=осел|=ослы|=козел|=козлы|=свинья|=свиньи|=тормоз|=тормоза',
      'you donkey*|pig|pigs',
      'a|like|typical|such =karen|=karens',
      'idiot*', 'stupid', 'moron*', 'dumb', 'dumbass*', '=fool|=fools', 'foolish', 'imbecil*', 'cretin*',
      '=loser|=losers', '=jerk|=jerks', 'retard*', 'dimwit*', 'halfwit*', 'numbskull*', 'brainless', 'clueless',
      'incompetent', 'pathetic', 'ignorant', 'crybab*', 'whiner*', 'freeloader*', 'lowlife*', 'deadbeat*', 'nitwit*',
      'airhead*', 'dipshit*', 'scumbag*', '=scum', 'fatso*', 'lunatic*', 'psycho|psychos', 'snowflake|snowflakes',
    ],
    message,
  },
  {
    // «очередной клоун», "only a clown would…": a clown is an insult unless a costume or circus is meant.
    ruleId: 'insult',
    category: 'insult',
    patterns: ['клоун*', 'clown*'],
    message,
    accept: (draft, first, last) => !sentenceHas(draft, first, last, (w) => LITERAL_CLOWN.test(w)) && !LITERAL_CLOWN.test(draft.tokens[first]!.norm.slice(5)),
  },
];

const COMPOUND_PART = new RegExp(`^(?:${INSULT_STEMS.split(' ').join('|')})`, 'u');

/** Hyphenated compounds whose second part is an insult: «конкуренты-бездари». */
export function detectInsultCompounds(draft: Draft, ctx: DetectContext): RawFinding[] {
  const findings: RawFinding[] = [];
  draft.tokens.forEach((token, i) => {
    if (draft.masked[i] || !token.norm.includes('-')) return;
    const parts = token.norm.split('-');
    if (!parts.slice(1).some((part) => COMPOUND_PART.test(part))) return;
    const written = draft.text.slice(token.start, token.end);
    findings.push({ ruleId: 'insult', category: 'insult', start: token.start, end: token.end, message: message(ctx.messageLang, written) });
  });
  return findings;
}
