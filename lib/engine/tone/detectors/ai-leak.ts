import { excerpt, type Draft } from '../draft';
import { say, type LexiconGroup } from '../lexicon';
import type { DetectContext, Lang, RawFinding } from '../types';

const boilerplateMessage = (lang: Lang, matched: string) =>
  say(
    lang,
    `«${matched}» — служебный текст нейросети; уберите его перед отправкой.`,
    `"${matched}" is AI assistant boilerplate; remove it before sending.`,
  );

const RU_DRAFT_NOUNS = 'ответ*|вариант*|текст*|сообщени*|черновик*|верси*|пост*|письм*';
const EN_DRAFT_NOUNS = 'response*|reply|replies|answer*|version*|messag*|draft*|email*|rewrite*';

/** What an AI assistant says about itself or around the text it drafted. */
export const aiLeakLexicon: LexiconGroup[] = [
  {
    ruleId: 'ai-leak:boilerplate',
    category: 'ai-leak',
    patterns: [
      '=как|будучи языков* модел*',
      '=как|будучи виртуальн* ассистент*|помощник*',
      'я ~ виртуальн* ассистент*|помощник*',
      'надеюсь это|мой|данный ~ поможет',
      'в качестве ии|ии-ассистент*|ии-помощник*|нейросет*|виртуальн* ~ ассистент*|помощник*|модел*',
      '=как модель ии|искусствен*',
      'я всего лишь ии|нейросеть|программа|бот',
      "i'm|am just? a|an virtual assistant",
      'as a virtual assistant',
      'i hope this|that helps',
      'я ~ языков* модел*',
      // «=как»: the stem of «как» is also that of «какую» («на какую модель вы бы поставили»).
      '=как =ии|ии-ассистент*|ии-помощник*|нейросет*',
      '=как искусствен* интеллект*',
      'я являюсь? искусствен* интеллект*',
      'у меня нет доступа к интернет*|реальн*|актуальн*|браузер*',
      'я не могу просматрива*|браузить|открывать ~ сайт*|ссылк*|интернет*',
      'на момент моего|моих ~ обучен*|обновлен*|знаний|данных',
      'мои знания ограничен*',
      `вот ~ ${RU_DRAFT_NOUNS} ответа|клиенту|сообщения|текста|поста`,
      `вот возможн*|вежлив*|переписанн*|улучшенн*|исправленн*|готов*|сокращенн*|предлагаем* ~ ${RU_DRAFT_NOUNS}`,
      'можете адаптировать|отредактировать|изменить|доработать ~ этот|данный|под ~ ответ|текст|шаблон|себя',
      'as an ai',
      'as a|an ~ language model',
      "i'm|am just? an ai",
      "i'm|am ~ language model",
      'knowledge cutoff|cut-off',
      'as of my last|latest ~ update|training|knowledge',
      'my training data',
      'i ~ access to the? real-time|internet|browsing',
      "i cannot|can't|=cant browse",
      'regenerate response',
      `here|here's|=heres ~ possible|polite|revised|suggested|rewritten|improved|professional|friendly|sample|concise|shorter|updated|draft ~ ${EN_DRAFT_NOUNS}`,
      'feel free to adjust|modify|customize|customise|edit|tweak|tailor',
      "can't|cannot|=cant assist|help with that|this|your request",
      "let me know if you'd like me to",
      'let me know if you would like me to',
      'не могу помочь|выполнить ~ этим|данным|таким|этот|данный запрос*',
    ],
    message: boilerplateMessage,
  },
];

// "Конечно! Вот вариант ответа…" at the very start: the assistant's reply to the operator.
const ASSISTANT_OPENING = new RegExp(
  String.raw`^\s*(?:конечно|разумеется|безусловно|sure|certainly|of course|absolutely)\s*[!,.:]\s*` +
    String.raw`(?:вот|here(?:'s|’s|\s+is|\s+are))(?!\p{L})[^\n]{0,80}?` +
    '(?:вариант|пример|ответ|текст|черновик|верси|перевод|переписан|response|reply|version|draft|message|answer|rewrite)',
  'iu',
);

// Notes around a drafted text: «Вариант 2 (более тёплый):» heading a version, «(Тон: дружелюбный…)».
const VERSION_HEADING = /^[ \t]*(?:вариант|версия|option|version)[ \t]*\d+[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*:/gimu;
const STYLE_NOTE = /\((?:тон|стиль|tone|style)[ \t]*:[^)\n]{1,160}\)/giu;

export function detectAiLeakScan(draft: Draft, ctx: DetectContext): RawFinding[] {
  const findings: RawFinding[] = draft.placeholders.map((span) => {
    const written = draft.text.slice(span.start, span.end);
    return {
      ruleId: 'ai-leak:placeholder',
      category: 'ai-leak',
      start: span.start,
      end: span.end,
      message: say(
        ctx.messageLang,
        `Незаполненная подстановка ${written}: впишите значение перед отправкой.`,
        `Unfilled placeholder ${written}: fill it in before sending.`,
      ),
    };
  });
  for (const note of [VERSION_HEADING, STYLE_NOTE])
    for (const m of draft.text.matchAll(note)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      findings.push({ ruleId: 'ai-leak:boilerplate', category: 'ai-leak', start, end, message: boilerplateMessage(ctx.messageLang, excerpt(draft, start, end)) });
    }
  const opening = ASSISTANT_OPENING.exec(draft.text);
  if (opening) {
    const start = opening[0].length - opening[0].trimStart().length;
    const end = opening[0].length;
    findings.push({
      ruleId: 'ai-leak:boilerplate',
      category: 'ai-leak',
      start,
      end,
      message: boilerplateMessage(ctx.messageLang, excerpt(draft, start, end)),
    });
  }
  return findings;
}
