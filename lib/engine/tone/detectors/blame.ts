import { say, wordBefore, type LexiconGroup } from '../lexicon';

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
      'по вашей вине|ошибке|невнимательности|оплошности',
      'вина ~ на вас',
      'сами ~ ошиб*|напутал*|перепутал*|выбрал*|заказал*|соглас*|указал*|виноват*',
      'вы невнимательн*',
      'невнимательно читал*|прочитал*|смотрел*|прочли',
      'вам надо|нужно|необходимо было',
      'вам следовало|стоило',
      'вы должны|обязаны были',
      'читайте|смотрите внимательн*',
      'внимательнее читайте|смотрите|надо|нужно|читать|смотреть',
      'будьте =внимательнее',
      'вы не прочитали|прочли|читали|дочитали',
      'вы не умеете',
      'это ваши|ваша проблема|проблемы',
      'не наши проблемы',
      'сами разбирайтесь',
      'вы неправильно|неверно ~ указал*|выбрал*|заказал*|ввел*|оформил*|понял*',
      'your fault',
      'your own fault|mistake',
      'your mistake|error',
      'user error',
      'mistake|fault|error was|is yours',
      'you should have read|check|chosen|chose|select|order|call|look|known|paid|double-check*|specifi*|enter|follow|notic*|ask|listen|thought',
      "you should've read|check|chosen|chose|select|order|call|look|known|paid|double-check*|specifi*|enter|follow|notic*|ask|listen|thought",
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
  },
  {
    ruleId: 'blame',
    category: 'blame',
    patterns: [
      'надо|нужно|следовало было внимательн*|читать|прочитать|прочесть|смотреть|посмотреть|проверить|указ*|думать|подумать|выбирать|выбрать|уточн*|заранее',
    ],
    message,
    accept: (draft, first) => !SELF.has(wordBefore(draft, first)),
  },
];
