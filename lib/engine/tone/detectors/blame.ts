import type { Draft } from '../draft';
import { negatedBefore, say, wordBefore, wordsOfSentenceBefore, type LexiconGroup } from '../lexicon';

/** «нам надо было проверить» is the brand owning a mistake; only the customer's «надо было» blames. */
const SELF = new Set(['нам', 'мне', 'мы', 'я', 'сотруднику', 'курьеру', 'баристе']);

const message = (lang: 'ru' | 'en', matched: string) =>
  say(
    lang,
    `«${matched}» перекладывает вину на клиента: опишите, как решить проблему.`,
    `"${matched}" blames the customer: explain how to fix the problem instead.`,
  );

export const blameLexicon: LexiconGroup[] = [
  {
    ruleId: 'blame',
    category: 'blame',
    patterns: [
      'вы? сами виноват*',
      'вы виноват*',
      'ваша|ваш вина|ошибка|косяк|недосмотр|невнимательность',
      'ваша|твоя забота',
      'кто вам|тебе ~ мешал*',
      'а чего|что вы|ты ~ ожидал*',
      'правила|условия|оферт*|договор* ~ которые|которую|который вы|ты ~ принял*|подписал*|согласил*|приняли',
      'rules|terms|conditions|policy ~ you accepted|agreed|signed',
      'you agreed to the terms|rules|policy',
      'из-за ваших|твоих|вашей|твоей|вашего же',
      'из-за ваших|твоих|вашей|твоей|вашего ~ ошибк*|невнимательн*|неявк*|опоздани*|халатн*|небрежн*|пропуск*',
      'вопросы к себе',
      'к нам какие ~ претензии',
      'какие к нам ~ претензии',
      'если бы вы|ты вовремя|сразу|раньше|заранее|внимательн*|прочитал*|прочли|проверил*|указал*',
      'вина ~ на вас',
      'сами ~ ошиб*|напутал*|перепутал*|выбрал*|заказал*|соглас*|указал*|виноват*',
      'вы невнимательн*',
      'невнимательно читал*|прочитал*|смотрел*|прочли',
      'вам надо|нужно|необходимо было',
      // Exact forms: «стоило» shares its stem with «стоит» («вам стоит обратиться» is advice).
      'вам =следовало|=стоило',
      'вы должны|обязаны были',
      'читайте|смотрите =внимательнее',
      '=внимательнее читайте|смотрите|надо|нужно|читать|смотреть',
      'будьте =внимательнее',
      'вы не прочитали|прочли|читали|дочитали',
      'вы не умеете',
      'это ваши|ваша проблема|проблемы',
      'не наши проблемы',
      'сами разбирайтесь',
      // «Сначала заказать острое, а потом жаловаться»: the infinitive pair mocks the customer's own choice.
      'а потом|затем =жаловаться|=возмущаться|=удивляться|=обижаться|=ныть',
      'указал*|ввел*|написал*|заполнил*|оформил* ~ с ошибкой|ошибками',
      'your fault',
      'your own fault|mistake',
      'your mistake|error',
      'user error',
      'mistake|fault|error was|is yours',

      'you were supposed to read|check|follow|notic*|specifi*|select|enter|provid*|includ*|pay|call|return',
      'you failed to read|check|follow|notic*|specifi*|select|enter|provid*|includ*|pay|call|return',
      "you didn't|=didnt read|check|follow|notic*|specifi*|select",
      'you did not read|check|follow|notic*|specifi*|select',
      'if you had read|checked|followed',
      "if you'd read|checked|followed",
      'blame yourself',
      'yourself to blame',
      "that's|=thats on you",
      'that is on you',
      'read more carefully',
      'pay more attention',
      'you did? chose|choose|picked|pick|selected|select|ordered|order|entered|enter|typed|type the? wrong|incorrect',
      "you're|=youre wrong",
      'you are wrong',
      'you misread|misunderstood',
    ],
    message,
    accept: (draft, first) => !notBefore(draft, first),
  },
  {
    ruleId: 'blame',
    category: 'blame',
    patterns: [
      'надо|нужно|следовало было внимательн*|чита*|прочита*|прочест*|смотр*|посмотр*|провер*|указ*|дума*|подума*|выбира*|выбра*|уточн*|заранее|следить|спрос*|спрашива*',
    ],
    message,
    accept: (draft, first) => !SELF.has(wordBefore(draft, first)),
  },
  {
    ruleId: 'blame',
    category: 'blame',
    // «не по вашей вине» says the opposite.
    patterns: ['по вашей|твоей вине|ошибке|невнимательности|оплошности'],
    message,
    accept: (draft, first) => !negatedBefore(draft, first, 1),
  },
  {
    // "You should have cancelled…" blames; "you should have received an e-mail" informs.
    ruleId: 'blame',
    category: 'blame',
    patterns: ["you should have|should've"],
    message,
    accept: (draft, _first, last) => !NOT_BLAME_AFTER_SHOULD.test(draft.tokens[last + 1]?.norm ?? ''),
  },
  {
    // «Вы неправильно подключили роутер»; «если вы неправильно ввели код» is an instruction.
    ruleId: 'blame',
    category: 'blame',
    patterns: ['вы|ты неправильно|неверно|некорректно'],
    message,
    accept: (draft, first) => !wordsOfSentenceBefore(draft, first).some((w) => CONDITIONAL.test(w)),
  },
  {
    // «Вы сами перевели деньги», «кабель вы выбрали сами», «сами сломали»: the customer's own act.
    ruleId: 'blame',
    category: 'blame',
    patterns: ['=сам|=сами|=сама'],
    message,
    accept: customerDidItThemselves,
  },
  {
    // «…потому что вы не забрали его за неделю»: the customer's omission given as the cause.
    ruleId: 'blame',
    category: 'blame',
    patterns: ['потому что вы|ты не', 'так как вы|ты не', 'поскольку вы|ты не', 'because you did not|never', "because you didn't|=didnt"],
    message,
    accept: (draft, _first, last) => {
      const next = draft.tokens[last + 1]?.norm ?? '';
      return draft.lang === 'en' || isPastVerb(next);
    },
  },
];

/** «не ваша вина», «не по вашей вине»: «не» right before the match or before its preposition. */
function notBefore(draft: Draft, first: number): boolean {
  const before = wordsOfSentenceBefore(draft, first).slice(-2);
  return before[before.length - 1] === 'не' || (before[0] === 'не' && /^(?:по|из-за|в|на|от)$/.test(before[1] ?? ''));
}

const NOT_BLAME_AFTER_SHOULD = /^(?:received?|gotten|got|been|had|heard|access|arrived|seen|an?|the|your|this|that|it|one|some|no|all|everything|more|been)$/;
const CONDITIONAL = /^(?:если|when|if|когда|вдруг)$/;

/** A past-tense verb form (перевели, уронил, отменила); short function words are excluded. */
function isPastVerb(word: string): boolean {
  return word.length >= 4 && /(?:ли|ла|л|ло)(?:сь|ся)?$/.test(word) && !/^(?:пошли|мысли|если|более|около|цели|дали|могли|сели|тепло|число|было|были|была|был)$/.test(word);
}

/** «сам(и)» next to a past verb, with «вы/ты» as the subject or no subject (never «мы сами»). */
function customerDidItThemselves(draft: Draft, first: number): boolean {
  const before = wordsOfSentenceBefore(draft, first);
  if (before.some((w) => SELF.has(w) || w === 'я')) return false;
  const second = before.some((w) => w === 'вы' || w === 'ты');
  if (!second && before.length > 0) return false;
  // Without «вы»: only «Сами сломали…» (plural, verb right after); «Сам гонщик разбил…» names someone else.
  if (!second) return draft.tokens[first]!.norm === 'сами' && /ли(?:сь)?$/.test(draft.tokens[first + 1]?.norm ?? '');
  const near = [first - 2, first - 1, first + 1, first + 2]
    .filter((i) => i >= 0 && i < draft.tokens.length && draft.sentence[i] === draft.sentence[first])
    .map((i) => draft.tokens[i]!.norm);
  return near.some(isPastVerb);
}
