import type { Token } from '../../text';
import type { Draft } from '../draft';
import { say } from '../lexicon';
import { fixFields, type BuiltinFixKind } from '../fixes';
import { matchCase } from '../text-case';
import type { DetectContext, RawFinding } from '../types';
import { GenericSentences } from './generic-you';

/** «ты» pronouns and possessives → their «вы» counterparts (exact words: «тыква», «тысяча» never match). */
export const PRONOUNS: ReadonlyMap<string, string> = new Map(
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
export const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map([['хочешь', 'хотите'], ['ешь', 'едите']]);

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
    // Pronouns are listed with their «ё» («твоё» → «ваше»); verbs keep the draft's («придёшь» → «придёте»).
    const formal = matchCase(written, PRONOUNS.has(word) ? fix : restoreYo(written, fix));
    const kind = fixKindOf(word);
    // «ты сделал», «ты можешь»: the fix of either word rewrites both, so one click leaves the clause agreed.
    const subject = kind === 'address-form:verb' ? pronounBefore(draft, i) : undefined;
    const agreed = subject !== undefined ? pluralPredicate(draft, subject) : undefined;
    const predicate = word === 'ты' ? pluralPredicate(draft, i) : undefined;
    const edit = subject !== undefined && agreed?.end === end
      ? { start: draft.tokens[subject]!.start, end, text: pronounFor(draft, subject) + agreed.text }
      : predicate
        ? { start: token.start, end: predicate.end, text: formal + predicate.text }
        : { start: token.start, end, text: formal };
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
      ...fixFields(token.start, end, edit),
      fixKind: predicate ? 'address-form:pronoun-predicate' : kind,
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

function fixKindOf(word: string): BuiltinFixKind {
  if (PRONOUNS.has(word)) return 'address-form:pronoun';
  return isImperative(word) ? 'address-form:imperative' : 'address-form:verb';
}

/** Short adjectives and participles said of «ты», and their plural for «вы» («ты прав» → «вы правы»). */
export const SHORT_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    прав: 'правы', права: 'правы', уверен: 'уверены', уверена: 'уверены', должен: 'должны', должна: 'должны',
    готов: 'готовы', готова: 'готовы', рад: 'рады', рада: 'рады', согласен: 'согласны', согласна: 'согласны',
    доволен: 'довольны', довольна: 'довольны', свободен: 'свободны', свободна: 'свободны', занят: 'заняты', занята: 'заняты',
    виноват: 'виноваты', виновата: 'виноваты', обязан: 'обязаны', обязана: 'обязаны', способен: 'способны', способна: 'способны',
    знаком: 'знакомы', знакома: 'знакомы', зарегистрирован: 'зарегистрированы', зарегистрирована: 'зарегистрированы',
    мил: 'милы', мила: 'милы',
  }),
);
/** Short 2nd-person verbs the detector leaves alone (too short to tell), agreed after «ты» all the same. */
export const SHORT_VERBS: ReadonlyMap<string, string> = new Map([['дашь', 'дадите'], ['ешь', 'едите'], ['пьешь', 'пьёте'], ['ждешь', 'ждёте'], ['шлешь', 'шлёте']]);
/** «ты сам», «ты сама» → «вы сами»: agrees, then the predicate may follow. */
const SELF = new Set(['сам', 'сама']);
/** Nouns that end like a past-tense verb: «ты ангел», «ты сила». */
const NOT_PAST = new Set(['ангел', 'идеал', 'генерал', 'финал', 'канал', 'сигнал', 'материал', 'персонал', 'сила', 'пила', 'скала', 'стрела', 'игла', 'мгла', 'пчела', 'юла', 'метла', 'смола', 'дела', 'тыла']);
/** Words that may stand between «ты» and its predicate without changing. */
const PREDICATE_BRIDGE = new Set([
  'не', 'уже', 'же', 'ж', 'ведь', 'тоже', 'ещё', 'еще', 'точно', 'просто', 'и', 'так', 'всё', 'все', 'конечно', 'правда',
  'наверное', 'тогда', 'опять', 'снова', 'всегда', 'никогда', 'сейчас', 'мне', 'нам', 'его', 'её', 'ее', 'их', 'это', 'то',
  'очень', 'сильно', 'действительно', 'здорово', 'тут', 'там', 'здесь', 'вчера', 'сегодня',
]);

/** The plural of a past-tense verb («сделал(а)» → «сделали», «ошибся» → «ошиблись», «пришёл» → «пришли»), if it is one. */
function pluralPast(word: string): string | undefined {
  if (word.length < 3 || NOT_PAST.has(word)) return undefined;
  let m = /^(.*ш)(?:ел|ла)$/.exec(word); // norm folds ё: «пришёл» is «пришел»
  if (m) return m[1] + 'ли';
  m = /^(.*ш)(?:елся|лась)$/.exec(word);
  if (m) return m[1] + 'лись';
  m = /^(.*[аяеиыу])ла?$/.exec(word);
  if (m) return m[1] + 'ли';
  m = /^(.*[аяеиыу])л(?:ся|ась)$/.exec(word);
  if (m) return m[1] + 'лись';
  m = /^(.*(?:мог|бег|лег))(?:ла)?$/.exec(word);
  if (m && /^(?:с|по|за|при|у|вы|от)?(?:мог|бег|лег)(?:ла)?$/.test(word)) return m[1] + 'ли';
  m = /^(.*ошиб)(?:ся|лась)$/.exec(word);
  if (m) return m[1] + 'лись';
  return undefined;
}

/** Token indexes after «ты» up to its predicate, skipping particles; undefined past the clause. */
function nextWord(draft: Draft, from: number, step: 1 | -1): number | undefined {
  const { tokens, text } = draft;
  let j = from + step;
  while (j >= 0 && j < tokens.length && draft.sentence[j] === draft.sentence[from] && PREDICATE_BRIDGE.has(tokens[j]!.norm)) j += step;
  if (j < 0 || j >= tokens.length || draft.sentence[j] !== draft.sentence[from] || draft.masked[j] || draft.quoted[j]) return undefined;
  const [a, b] = step === 1 ? [from, j] : [j, from];
  // Only words, spaces and the commas of a parenthetical («ты, конечно, прав») in between.
  if (!/^[\s\p{L},]*$/u.test(text.slice(tokens[a]!.end, tokens[b]!.start)) || tokens[j]!.norm.includes('-')) return undefined;
  return j;
}

/**
 * «Ты сделал» becomes «вы сделали», not «вы сделал»: the verb or short adjective right after «ты»
 * (a «не», «уже», «мне»… may stand between) agrees with «вы» in the plural: past tense, present
 * tense («ты можешь» → «вы можете»), short adjectives («ты прав» → «вы правы»), «сам» → «сами».
 */
function pluralPredicate(draft: Draft, i: number): { end: number; text: string } | undefined {
  const { tokens, text } = draft;
  const edits: { start: number; end: number; text: string }[] = [];
  let j = nextWord(draft, i, 1);
  if (j !== undefined && SELF.has(tokens[j]!.norm)) {
    edits.push({ start: tokens[j]!.start, end: tokens[j]!.end, text: matchCase(text.slice(tokens[j]!.start, tokens[j]!.end), 'сами') });
    j = nextWord(draft, j, 1);
  }
  if (j !== undefined) {
    const word = tokens[j]!.norm;
    const verb = !PRONOUNS.has(word) && !isImperative(word) ? formalForm(word, tokens[j - 1]) : undefined;
    const plural = SHORT_ADJECTIVES.get(word) ?? SHORT_VERBS.get(word) ?? verb ?? pluralPast(word);
    if (plural) {
      const written = text.slice(tokens[j]!.start, tokens[j]!.end);
      edits.push({ start: tokens[j]!.start, end: tokens[j]!.end, text: matchCase(written, restoreYo(written, plural)) });
    }
  }
  if (!edits.length) return undefined;
  const from = tokens[i]!.start + 2; // after «ты»
  let out = '';
  let at = from;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { end: at, text: out };
}

/** The «ты» a 2nd-person verb agrees with («ты можешь», «ты мне дашь», «ты сама поймёшь»), if it stands right before. */
function pronounBefore(draft: Draft, i: number): number | undefined {
  let k = nextWord(draft, i, -1);
  if (k !== undefined && SELF.has(draft.tokens[k]!.norm)) k = nextWord(draft, k, -1);
  return k !== undefined && draft.tokens[k]!.norm === 'ты' ? k : undefined;
}

/** «вы» written like the draft's «ты» at token `k`. */
function pronounFor(draft: Draft, k: number): string {
  const start = draft.tokens[k]!.start;
  return matchCase(draft.text.slice(start, start + 2), 'вы');
}
