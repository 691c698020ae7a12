import type { Token } from '../../text';
import type { Draft } from '../draft';
import { say } from '../lexicon';
import { matchCase } from '../text-case';
import type { DetectContext, RawFinding } from '../types';
import { GenericSentences } from './generic-you';

/** «ты» pronouns and possessives → their «вы» counterparts (exact words: «тыква», «тысяча» never match). */
const PRONOUNS = new Map(
  Object.entries({
    ты: 'вы', тебя: 'вас', тебе: 'вам', тобой: 'вами', тобою: 'вами',
    твой: 'ваш', твоя: 'ваша', твое: 'ваше', твои: 'ваши', твоего: 'вашего', твоему: 'вашему',
    твоим: 'вашим', твоих: 'ваших', твоими: 'вашими', твоей: 'вашей', твоею: 'вашей', твою: 'вашу', твоем: 'вашем',
  }),
);
/** After these prepositions «тебе» is prepositional: «о тебе» → «о вас», not «о вам». */
const PREPOSITIONAL = new Set(['о', 'об', 'обо', 'при']);

/** Singular imperatives common in support replies; the plural adds «-те» («напиши» → «напишите»). */
const IMPERATIVES = new Set(
  ('напиши пиши позвони звони перезвони подожди жди проверь посмотри смотри глянь отправь скинь пришли ' +
    'зайди заходи приходи сделай попробуй обнови укажи уточни выбери нажми введи оставь свяжись обратись ' +
    'сообщи покажи расскажи подскажи открой перезагрузи скачай установи зарегистрируйся авторизуйся войди ' +
    'оплати забери получи верни сохрани пройди добавь удали загляни возьми закажи извини прости волнуйся ' +
    'переживай держи пойми поверь давай слушай послушай погоди подпишись заполни прикрепи приложи купи покупай ' +
    'забирай выбирай читай отдыхай успей лови жми бери делись ' +
    // Imperatives in -ай/-яй: nouns share the ending (случай, урожай, сарай), so these are listed.
    'делай сделай прокачай качай начинай узнавай узнай залетай забегай приезжай играй думай подумай решай знай ' +
    'помогай отвечай отправляй продолжай повторяй применяй вспоминай вспомни бегай плавай проверяй сохраняй ' +
    'обновляй выполняй включай выключай нажимай открывай закрывай добавляй удаляй меняй поменяй сдай сдавай ' +
    'следи беги иди пей спи лежи сиди стой ходи учи запомни помни прими найди приди принеси пойди ' +
    'тренируйся занимайся записывайся возвращайся оставайся')
    .split(' '),
);

/** Nouns, adverbs and particles that merely end like a 2nd-person verb or an imperative. */
const NOT_VERBS = new Set([
  'лишь', 'мышь', 'тишь', 'глушь', 'брешь', 'плешь', 'ветошь', 'вишь', 'пожалуй', 'поцелуй', 'буржуй', 'холуй',
]);

/**
 * Participles and adjectives in «-ся» end like «-йся» imperatives: «запоминающийся», «движущийся»,
 * «состоявшейся». Their suffix (-ущ-/-ющ-/-ащ-/-ящ-/-вш-/-ш-) and adjective ending tell them apart;
 * imperatives have a vowel + «йся» (присоединяйся, успокойся, смейся).
 */
const PARTICIPLE = /(?:щ|ш)(?:ий|ый|ей|ая|ое|ие|ую|им|ым|их|ем|ом|его|ему|ими|ей)с[яь]$/;
const IRREGULAR_VERBS = new Map([['хочешь', 'хотите'], ['ешь', 'едите']]);

/** Every «ты» verb form below ends in one of these letters (-шь, -й, -и, -ся, -сь). */
const VERB_FINALS = new Set(['ь', 'й', 'и', 'я']);

const VY_WORDS = /^(?:вы|вас|вам|вами|ваш\p{L}*)$/u;

export function detectAddressForm(draft: Draft, ctx: DetectContext): RawFinding[] {
  if (ctx.profile.addressForm !== 'vy') return [];
  const findings: RawFinding[] = [];
  const generic = new GenericSentences(draft, { isPronoun: (w) => PRONOUNS.has(w), isImperative, addresses: (w) => formalForm(w, undefined) !== undefined });
  let mixed: boolean | undefined;
  draft.tokens.forEach((token, i) => {
    // Quoted words are someone else's (the customer's, a title, a saying), not the brand's address.
    if (draft.masked[i] || draft.quoted[i]) return;
    // "ты-то": only the word before the hyphen counts.
    const dash = token.norm.indexOf('-');
    const word = dash > 0 ? token.norm.slice(0, dash) : token.norm;
    const fix = formalForm(word, draft.tokens[i - 1]);
    if (fix === undefined || generic.addressesNobody(i, word)) return;
    if (PAST_TOO.has(word) && !imperativeContext(draft, i)) return;
    const end = token.start + word.length;
    const written = draft.text.slice(token.start, end);
    mixed ??= draft.tokens.some((t, k) => !draft.masked[k] && VY_WORDS.test(t.norm));
    findings.push({
      ruleId: 'address-form',
      category: 'address-form',
      start: token.start,
      end,
      message: say(
        ctx.messageLang,
        `«${written}» — обращение на «ты», а бренд общается на «вы»${mixed ? ' (в тексте смешаны «ты» и «вы»)' : ''}.`,
        `«${written}» is the informal Russian «ты»; the brand addresses customers as «вы».`,
      ),
      fix: matchCase(written, restoreYo(written, fix)),
    });
  });
  return findings;
}

/** Imperatives that are also past-tense plurals: «пришли фото» / «друзья пришли на помощь». */
const PAST_TOO = new Set(['пришли', 'ушли', 'зашли', 'вышли', 'нашли']);
const BEFORE_IMPERATIVE = new Set(['пожалуйста', 'ты', 'просто', 'лучше', 'тогда', 'срочно', 'и', 'а', 'или']);

/** The ambiguous form opens its sentence or follows a word that introduces a request. */
function imperativeContext(draft: Draft, i: number): boolean {
  if (i === 0 || draft.sentence[i - 1] !== draft.sentence[i]) return true;
  const gap = draft.text.slice(draft.tokens[i - 1]!.end, draft.tokens[i]!.start);
  return BEFORE_IMPERATIVE.has(draft.tokens[i - 1]!.norm) || /[,:—–-]/.test(gap);
}

/** The «вы» form of a «ты» word, or undefined when the word is not a «ты» form. */
function formalForm(word: string, previous: Token | undefined): string | undefined {
  const pronoun = PRONOUNS.get(word);
  if (pronoun) return word === 'тебе' && previous && PREPOSITIONAL.has(previous.norm) ? 'вас' : pronoun;
  if (!VERB_FINALS.has(word[word.length - 1]!)) return undefined; // most words: one cheap test
  if (isImperative(word)) return /с[яь]$/.test(word) ? word.slice(0, -2) + 'тесь' : word + 'те';
  const irregular = IRREGULAR_VERBS.get(word);
  if (irregular) return irregular;
  if (word.length < 5 || NOT_VERBS.has(word)) return undefined;
  // Present/future 2nd person singular: «можешь» → «можете», «получишь» → «получите».
  if (word.endsWith('дашь')) return word.slice(0, -4) + 'дадите';
  if (word.endsWith('ешься')) return word.slice(0, -5) + 'етесь';
  if (word.endsWith('ишься')) return word.slice(0, -5) + 'итесь';
  if (word.endsWith('ешь')) return word.slice(0, -3) + 'ете';
  if (word.endsWith('ишь')) return word.slice(0, -3) + 'ите';
  return undefined;
}

/**
 * Singular imperatives: the listed ones, plus endings no noun has: «-йся» (присоединяйся),
 * «-ывай/-ивай» (заказывай), «-уй/-юй» (попробуй, используй).
 */
function isImperative(word: string): boolean {
  if (IMPERATIVES.has(word)) return true;
  if (word.length < 5 || NOT_VERBS.has(word)) return false;
  if (/[аяеоу]йся$/.test(word)) return !PARTICIPLE.test(word);
  return /(?:[ыи]вай|[ую]й)$/.test(word);
}

/** The draft wrote «придёшь»; the fix should say «придёте», not «придете». */
function restoreYo(written: string, fix: string): string {
  const yo = written.toLowerCase().lastIndexOf('ё');
  if (yo < 0 || yo >= fix.length || fix[yo] !== 'е') return fix;
  return fix.slice(0, yo) + 'ё' + fix.slice(yo + 1);
}
