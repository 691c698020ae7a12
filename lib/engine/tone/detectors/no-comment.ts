import { say, type LexiconGroup } from '../lexicon';

/** Refusing to comment reads as hiding something; say what is known and when there will be news. */
export const noCommentLexicon: LexiconGroup[] = [
  {
    ruleId: 'no-comment',
    category: 'no-comment',
    patterns: [
      'без коммент*',
      'не комментир*|прокомментир*',
      'не будем|станем|можем|могу|будут|хотим|стану|буду|намерены|стали ~ комментир*|прокомментир*',
      'коммент* ~ не будет|даем|дадим|даю|последует',
      'воздерж* ~ коммент*|комментир*',
      'отказыва* ~ коммент*|комментир*',
      'оставим|оставляем без ответа|коммент*',
      'нам|мне нечего сказать|добавить|ответить',
      'no comment',
      'no comments',
      "won't|=wont|cannot|can't|=cant|unable|decline|declined|declines|refuse|refused comment",
      'will|do|does not comment',
      "don't|=dont|do not comment",
      'decline|declined|declines|refuse|refused|unable to comment',
      'we have|has nothing to say|add',
      'nothing more to say|add',
    ],
    message: (lang) =>
      say(
        lang,
        'Отказ от комментариев звучит как попытка что-то скрыть: скажите, что известно, и когда будут новости.',
        'Refusing to comment sounds like hiding something: say what you know and when there will be news.',
      ),
  },
];
