import type { Draft } from '../draft';
import { brandIsSubject, say, wordsOfSentenceBefore, type LexiconGroup } from '../lexicon';
import type { Lang } from '../types';

const message = (lang: Lang) =>
  say(
    lang,
    'Отказ от комментариев звучит как попытка что-то скрыть: скажите, что известно, и когда будут новости.',
    'Refusing to comment sounds like hiding something: say what you know and when there will be news.',
  );

/** «"…это пока не комментируем", — сказали в пресс-службе»: a quotation is someone else's refusal. */
const notQuoted = (draft: Draft, first: number) => !draft.quoted[first];

/** «Комментариев по этому поводу не даём»: the noun may stand several words before the verb. */
function commentNounBefore(draft: Draft, first: number): boolean {
  return wordsOfSentenceBefore(draft, first).some((w) => w.startsWith('коммент'));
}

/** Refusing to comment reads as hiding something; say what is known and when there will be news. */
export const noCommentLexicon: LexiconGroup[] = [
  {
    // The brand speaking: first person, imperative-free impersonal forms, set phrases.
    ruleId: 'no-comment',
    category: 'no-comment',
    patterns: [
      'без коммент*',
      'не =комментируем|=комментирую|=прокомментируем|=прокомментирую',
      'не будем|станем|можем|могу|хотим|стану|буду|намерены ~ комментир*|прокомментир*',
      'комментир*|прокомментир* ~ не будем|станем|можем|могу|буду|стану|хотим',
      'коммент* ~ не будет|=даем|=даём|дадим|даю|последует',
      'воздержимся|воздерживаемся|воздержусь ~ коммент*|комментир*',
      'отказываемся|отказываюсь ~ коммент*|комментир*',
      'оставим|оставляем без ответа|коммент*',
      'нам|мне нечего сказать|добавить|ответить',
      'no comment',
      'no comments',
      "we|i won't|=wont|cannot|can't|=cant ~ comment|commenting",
      'we|i will not ~ comment|commenting',
      'we|i are|am not ~ commenting',
      "we|i don't|=dont|do not comment",
      'we|i decline|refuse ~ comment',
      'we|i have nothing to say|add',
      'nothing more to say|add',
    ],
    message,
    accept: notQuoted,
  },
  {
    ruleId: 'no-comment',
    category: 'no-comment',
    patterns: ['не =даем|=даём|=дадим|=даю'],
    message,
    accept: (draft, first) => notQuoted(draft, first) && commentNounBefore(draft, first),
  },
  {
    // Third person or past: someone refused — the brand only when it is the subject.
    ruleId: 'no-comment',
    category: 'no-comment',
    patterns: [
      'не комментир*|прокомментир*',
      'не будет|будут|стал|стала|стали ~ комментир*|прокомментир*',
      'воздерж* ~ коммент*|комментир*',
      'отказ* ~ коммент*|комментир*',
      "won't|=wont|cannot|can't|=cant|unable|decline|declined|declines|refuse|refused|refuses comment",
      'will|does|did not comment',
      'decline|declined|declines|refuse|refused|refuses|unable to comment',
      'has|had nothing to say|add',
    ],
    message,
    accept: (draft, first, last, profile) => notQuoted(draft, first) && brandIsSubject(draft, first, last, profile),
  },
];
