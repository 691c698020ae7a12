/**
 * `npm run bench -- suggest`: speed of the reply ranking on a generated 10,000-reply library and
 * its accuracy on labelled messages, against the two baselines canned-response tools use:
 * Fuse.js over title+body (default options) and MiniSearch (default options, fields title+body).
 * Everything runs in one process so that the ratios compare like with like.
 *
 * Public and development data (Banking77, the five brands) are read at run time from
 * ../shared/data when present (see support/suggest-public.ts); absent, those sections are skipped.
 * `SUGGEST_BASELINE=DIR` adds the engine of another checkout (DIR/lib/engine/suggest, e.g. main
 * exported with `git archive`) as a second row, measured in the same run.
 * `SUGGEST_BANKING77_SPLIT=dev` measures on a development split of train.csv instead of the
 * official test split (for tuning: the test split is for the report only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSuggestIndex, type Pick } from '../../lib/engine/suggest';
import { PackSchema, type Reply } from '../../lib/schema/pack';
import { fmt, timeEach, type Timing } from './stats';
import { loadBanking77, loadBrands } from './support/suggest-public';
import { banking77Table, brandsTable, type Engine } from './support/suggest-protocols';
import { outOfScopeTable } from './support/suggest-oos';
import { seededRandom } from '../../lib/engine/random';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const K = 3;
/** Fuse scans every reply per query (~0.5 s at 10,000): a sample keeps the run short. */
const FUSE_SAMPLE = 30;

// ---------------------------------------------------------------------------------------------
// Deterministic generated library


interface Topic {
  tags: string[];
  titles: string[];
  sentences: string[];
  /** Customer phrasings; some become reply examples, others queries. */
  asks: string[];
}

const RU_TOPICS: Topic[] = [
  { tags: ['delivery', 'late'], titles: ['Заказ задерживается', 'Курьер опаздывает', 'Задержка доставки'],
    sentences: ['Приносим извинения за задержку доставки заказа {p}.', 'Курьер уже в пути и привезёт заказ в течение часа.', 'Мы связались со службой доставки и ускорили отправку.'],
    asks: ['где мой заказ {p}', 'курьер опаздывает уже на час', 'заказ до сих пор не привезли', 'почему так долго везут {p}'] },
  { tags: ['delivery', 'price'], titles: ['Стоимость доставки', 'Платная ли доставка', 'Тарифы доставки'],
    sentences: ['Доставка {p} бесплатная от 3000 ₽.', 'Для небольших заказов доставка стоит 299 ₽.', 'Стоимость зависит от адреса и веса посылки.'],
    asks: ['сколько стоит доставка {p}', 'доставка платная?', 'почём привезти заказ'] },
  { tags: ['delivery', 'area'], titles: ['Зона доставки', 'Куда доставляем', 'Доставка в регионы'],
    sentences: ['Доставляем {p} по городу и области.', 'Проверить адрес можно при оформлении заказа.', 'В отдалённые районы доставка занимает до пяти дней.'],
    asks: ['вы доставляете в область?', 'привезёте {p} за город?', 'до какого района работает доставка'] },
  { tags: ['refund'], titles: ['Возврат денег', 'Когда вернутся деньги', 'Возврат за отменённый заказ'],
    sentences: ['Деньги за {p} вернутся на карту в течение 3–10 рабочих дней.', 'Срок зачисления зависит от вашего банка.', 'Возврат оформляется автоматически после отмены.'],
    asks: ['когда вернут деньги за {p}', 'отменил заказ, где мои деньги', 'деньги за возврат так и не пришли'] },
  { tags: ['return'], titles: ['Возврат товара', 'Как вернуть покупку', 'Обмен и возврат'],
    sentences: ['Вернуть {p} можно в течение 14 дней, если сохранена упаковка.', 'Оформите возврат в личном кабинете.', 'Обменять товар можно в любом магазине сети.'],
    asks: ['хочу вернуть {p}', 'как сдать товар обратно', 'можно обменять {p} на другой размер'] },
  { tags: ['warranty'], titles: ['Гарантийный ремонт', 'Товар сломался', 'Брак и гарантия'],
    sentences: ['Если {p} сломался в гарантийный срок, отремонтируем или заменим бесплатно.', 'Принесите товар в сервисный центр с чеком.', 'Диагностика занимает до 20 дней.'],
    asks: ['{p} сломался через неделю', 'это брак, не включается {p}', 'где сделать ремонт по гарантии'] },
  { tags: ['payment'], titles: ['Ошибка оплаты', 'Не проходит оплата', 'Проблема с картой'],
    sentences: ['Попробуйте обновить приложение и выбрать другой способ оплаты.', 'Если деньги списались дважды, лишний платёж вернётся автоматически.', 'Пришлите скриншот ошибки в личные сообщения.'],
    asks: ['не проходит оплата {p}', 'карта не привязывается', 'деньги списали дважды'] },
  { tags: ['payment', 'credit'], titles: ['Рассрочка', 'Покупка в кредит', 'Оплата частями'],
    sentences: ['Рассрочку на {p} можно оформить на 6 или 12 месяцев.', 'Решение банка приходит за несколько минут.', 'Первый платёж — через месяц после покупки.'],
    asks: ['можно взять {p} в рассрочку', 'есть кредит без переплаты?', 'оплата частями доступна?'] },
  { tags: ['promo'], titles: ['Промокод не работает', 'Как применить промокод', 'Условия акции'],
    sentences: ['Промокод вводится в корзине до оплаты.', 'Скидка не суммируется с другими акциями.', 'Проверьте срок действия промокода на {p}.'],
    asks: ['промокод не применяется к {p}', 'скидка по коду не сработала', 'куда вводить купон'] },
  { tags: ['loyalty'], titles: ['Бонусная программа', 'Баллы и кешбэк', 'Карта лояльности'],
    sentences: ['Бонусами можно оплатить до 30% стоимости {p}.', 'Баллы начисляются через 14 дней после покупки.', 'Баланс бонусов виден в приложении.'],
    asks: ['где посмотреть бонусы', 'почему не начислили баллы за {p}', 'как потратить кешбэк'] },
  { tags: ['stock'], titles: ['Нет в наличии', 'Поступление товара', 'Когда появится товар'],
    sentences: ['{p} временно нет в наличии.', 'Нажмите «Сообщить о поступлении» — пришлём уведомление.', 'Поставки обычно приходят раз в неделю.'],
    asks: ['когда появится {p}', 'товар закончился, будет поставка?', '{p} есть в наличии?'] },
  { tags: ['hours'], titles: ['Часы работы', 'Режим работы магазинов', 'График работы'],
    sentences: ['Магазины открыты ежедневно с 10:00 до 22:00.', 'В праздничные дни график может меняться.', 'Интернет-магазин принимает заказы круглосуточно.'],
    asks: ['до скольки вы работаете', 'во сколько открываетесь в воскресенье', 'вы открыты в праздники?'] },
  { tags: ['account'], titles: ['Вход в личный кабинет', 'Восстановление пароля', 'Не приходит код'],
    sentences: ['Нажмите «Забыли пароль?» на странице входа.', 'Код подтверждения приходит по СМС в течение минуты.', 'Проверьте папку «Спам» в почте.'],
    asks: ['не могу войти в аккаунт', 'забыл пароль от кабинета', 'не приходит смс с кодом'] },
  { tags: ['complaint', 'staff'], titles: ['Жалоба на сотрудника', 'Грубость персонала', 'Плохое обслуживание'],
    sentences: ['Нам очень жаль, что так вышло.', 'Напишите адрес магазина и время визита — разберёмся.', 'Мы передадим жалобу руководителю магазина.'],
    asks: ['продавец нагрубил мне', 'консультант хамил', 'ужасное обслуживание в магазине'] },
  { tags: ['damaged'], titles: ['Товар повреждён при доставке', 'Пришёл разбитый товар', 'Повреждённая упаковка'],
    sentences: ['Сфотографируйте {p} и упаковку.', 'Пришлите фото в личные сообщения вместе с номером заказа.', 'Заменим товар или вернём деньги.'],
    asks: ['{p} пришёл разбитый', 'коробка мятая, товар с вмятиной', 'привезли повреждённый {p}'] },
  { tags: ['install'], titles: ['Установка техники', 'Подключение и монтаж', 'Услуги мастера'],
    sentences: ['Мастер установит {p} в день доставки.', 'Услугу можно добавить при оформлении заказа.', 'Стоимость установки указана на странице товара.'],
    asks: ['подключите {p} при доставке?', 'нужен мастер для установки', 'сколько стоит монтаж'] },
  { tags: ['privacy'], titles: ['Личные данные', 'Не публикуйте телефон', 'Пишите в личные сообщения'],
    sentences: ['Пожалуйста, не оставляйте телефон и адрес в комментариях.', 'Напишите нам в личные сообщения — там всё проверим.'],
    asks: ['вот мой телефон перезвоните', 'мой номер 89161234567 свяжитесь', 'пишу почту для связи'] },
  { tags: ['praise'], titles: ['Спасибо за отзыв', 'Благодарим за тёплые слова', 'Рады, что понравилось'],
    sentences: ['Спасибо, что выбираете нас!', 'Передадим ваши слова команде.', 'Рады, что {p} понравился.'],
    asks: ['спасибо, всё супер', 'отличный магазин', 'лучший сервис в городе'] },
];

const EN_TOPICS: Topic[] = [
  { tags: ['delivery', 'late'], titles: ['Delivery is late', 'Courier delay', 'Where is my order'],
    sentences: ['Sorry for the delay with your {p}.', 'The courier is on the way and will arrive within an hour.', 'We have contacted the delivery service.'],
    asks: ['where is my {p}', 'my order is late', 'the courier has not arrived yet'] },
  { tags: ['refund'], titles: ['Refund timing', 'Money back', 'Refund for a cancelled order'],
    sentences: ['The refund for {p} reaches your card in 3–10 business days.', 'It depends on your bank.'],
    asks: ['when do I get my money back', 'refund for {p} not received', 'I cancelled, where is my refund'] },
  { tags: ['return'], titles: ['Returns', 'How to return an item', 'Exchange policy'],
    sentences: ['You can return {p} within 14 days in its original packaging.', 'Start the return in your account.'],
    asks: ['can I return {p}', 'how do I send this back', 'exchange for another size'] },
  { tags: ['hours'], titles: ['Opening hours', 'Store hours', 'Holiday schedule'],
    sentences: ['Our stores are open 10 am to 10 pm every day.', 'Holiday hours may differ.'],
    asks: ['what time do you open', 'are you open on sunday', 'store hours please'] },
  { tags: ['payment'], titles: ['Payment failed', 'Card declined', 'Double charge'],
    sentences: ['Please update the app and try another payment method.', 'A double charge is refunded automatically.'],
    asks: ['my payment failed', 'card declined for {p}', 'I was charged twice'] },
];

const PRODUCTS_RU = ['кофемолка', 'чайник', 'пылесос', 'телевизор', 'смартфон', 'ноутбук', 'холодильник', 'наушники',
  'микроволновка', 'утюг', 'фен', 'блендер', 'мультиварка', 'кофемашина', 'планшет', 'монитор', 'принтер', 'роутер',
  'колонка', 'часы', 'самокат', 'велосипед', 'палатка', 'рюкзак', 'кроссовки', 'куртка', 'платье', 'диван', 'кресло',
  'матрас', 'лампа', 'сковорода', 'кастрюля', 'тостер', 'соковыжималка', 'вентилятор', 'обогреватель', 'кондиционер',
  'посудомойка', 'стиральная машина', 'электросамокат', 'клавиатура', 'мышь', 'видеокарта', 'камера', 'объектив',
  'дрель', 'шуруповёрт', 'газонокосилка', 'мангал'];
const PRODUCTS_EN = ['grinder', 'kettle', 'vacuum', 'tv', 'phone', 'laptop', 'fridge', 'headphones', 'microwave',
  'iron', 'blender', 'tablet', 'monitor', 'printer', 'router', 'speaker', 'watch', 'scooter', 'bike', 'backpack',
  'sneakers', 'jacket', 'sofa', 'lamp', 'toaster', 'camera', 'drill'];
const MODELS = ['Pro', 'Max', 'Lite', 'Air', 'Mini', 'Plus', 'X', 'S', 'Neo', 'Ultra'];
const CITIES = ['Москва', 'Казань', 'Самара', 'Пермь', 'Омск', 'Тула', 'Сочи', 'Уфа', 'Томск', 'Курск', 'Тверь', 'Чита'];
const RU_EXTRAS = ['Пункт выдачи в городе {c} работает без выходных.', 'Менеджер {n} ответит в течение часа.',
  'Номер обращения: {d}.', 'Склад в городе {c} отгружает заказы до 18:00.', 'Подробнее — в разделе «Помощь», статья {d}.',
  'Для магазина в городе {c} действуют отдельные условия.', 'Хорошего дня!', 'Будем рады помочь ещё.'];
const EN_EXTRAS = ['Ticket number: {d}.', 'Our support team replies within an hour.', 'See help article {d}.', 'Have a great day!'];
const NAMES = ['Анна', 'Игорь', 'Мария', 'Олег', 'Светлана', 'Дмитрий', 'Елена', 'Павел'];
const NOISE = ['пожалуйста', 'срочно', 'подскажите', 'помогите', 'добрый день', 'здравствуйте', 'ребят', 'блин'];
const UNRELATED = ['кто смотрел вчера футбол', 'продам гараж недорого', 'какая погода завтра', 'ахаха ну и мем',
  'подпишись на мой канал', 'сдам квартиру посуточно', 'buy followers cheap', 'who won the game yesterday'];

interface Generated {
  replies: Reply[];
  queries: string[];
  /** Customer phrasings answered with a reply of their topic (learning-speed figures). */
  picks: Pick[];
}

export function generate(replyCount: number, queryCount: number, seed: number): Generated {
  const random = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const fill = (template: string, product: string) =>
    template
      .replace('{p}', product)
      .replace('{c}', pick(CITIES))
      .replace('{n}', pick(NAMES))
      .replace('{d}', String(1000 + Math.floor(random() * 9000)));
  const productOf = (english: boolean) => `${pick(english ? PRODUCTS_EN : PRODUCTS_RU)} ${pick(MODELS)}`;

  const replies: Reply[] = [];
  const byTopic = new Map<Topic, number[]>();
  for (let i = 0; i < replyCount; i++) {
    const english = random() < 0.2;
    const topic = pick(english ? EN_TOPICS : RU_TOPICS);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), i]);
    const product = productOf(english);
    const sentences = [...topic.sentences].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 2));
    const extras = Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(english ? EN_EXTRAS : RU_EXTRAS));
    const examples = Array.from({ length: Math.floor(random() * 3) }, () => fill(pick(topic.asks), product));
    replies.push({
      id: `r${i}`,
      title: `${pick(topic.titles)}: ${product}`,
      body: [...sentences, ...extras].map((s) => fill(s, product)).join(' '),
      tags: [...topic.tags, product.split(' ')[0]!],
      lang: english ? 'en' : 'ru',
      examples,
      platforms: random() < 0.1 ? ['vk'] : [],
    });
  }

  const queries: string[] = [];
  for (let i = 0; i < queryCount; i++) {
    const roll = random();
    if (roll < 0.1) {
      queries.push(pick(UNRELATED));
      continue;
    }
    const english = roll > 0.85;
    let query = fill(pick(pick(english ? EN_TOPICS : RU_TOPICS).asks), productOf(english).split(' ')[0]!);
    if (!english && random() < 0.3) query = `${pick(NOISE)}, ${query}`;
    if (random() < 0.15) query = withTypo(query, random);
    if (!english && random() < 0.05) query = toLatin(query);
    queries.push(query);
  }
  const topics = [...byTopic.keys()];
  const picks: Pick[] = [];
  for (let i = 0; i < 20_000; i++) {
    const topic = pick(topics);
    const reply = replies[pick(byTopic.get(topic)!)]!;
    let text = fill(pick(topic.asks), productOf(reply.lang === 'en').split(' ')[0]!);
    if (random() < 0.3) text = `${pick(NOISE)}, ${text}`;
    picks.push({ text, replyId: reply.id });
  }
  return { replies, queries, picks };
}

/** Swaps two neighbouring letters inside one longer word ("доставка" → "дотсавка"). */
function withTypo(text: string, random: () => number): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 6);
  if (!long.length) return text;
  const [word, index] = long[Math.floor(random() * long.length)]!;
  const at = 1 + Math.floor(random() * (word.length - 3));
  words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const toLatin = (text: string) => [...text.toLowerCase()].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');

// ---------------------------------------------------------------------------------------------
// The three rankers behind one interface

interface Ranker {
  name: string;
  suggest(text: string): string[];
}

/** Engines besides the working tree's (SUGGEST_BASELINE), set by bench(). */
let baselines: Engine[] = [];

function baselineRows(replies: Reply[]): [string, (picks?: Pick[]) => Ranker][] {
  return baselines.map((engine) => [engine.name, (picks?: Pick[]) => {
    const index = engine.create(replies, picks);
    return { name: engine.name, suggest: (text: string) => index.suggest(text, { k: K }).map((s) => s.replyId) };
  }]);
}

function ours(replies: Reply[], picks: Pick[] = []): Ranker {
  const index = createSuggestIndex(replies, picks);
  return { name: 'TrustOps', suggest: (text) => index.suggest(text, { k: K }).map((s) => s.replyId) };
}

/** Baselines "learn" the fair way: pick texts become an extra searched field of the reply. */
function withPickTexts(replies: Reply[], picks: Pick[]) {
  const texts = new Map<string, string[]>();
  for (const p of picks) texts.set(p.replyId, [...(texts.get(p.replyId) ?? []), p.text]);
  return replies.map((r) => ({ id: r.id, title: r.title, body: r.body, examples: texts.get(r.id) ?? [] }));
}

function fuse(replies: Reply[], picks?: Pick[]): Ranker {
  const engine = picks
    ? new Fuse(withPickTexts(replies, picks), { keys: ['title', 'body', 'examples'] })
    : new Fuse(replies, { keys: ['title', 'body'] });
  return { name: 'Fuse.js', suggest: (text) => engine.search(text, { limit: K }).map((r) => r.item.id) };
}

function miniSearch(replies: Reply[], picks?: Pick[]): Ranker {
  const fields = picks ? ['title', 'body', 'examples'] : ['title', 'body'];
  const engine = new MiniSearch({ fields });
  engine.addAll(withPickTexts(replies, picks ?? []).map((r) => ({ ...r, examples: r.examples.join('\n') })));
  return { name: 'MiniSearch', suggest: (text) => engine.search(text).slice(0, K).map((r) => String(r.id)) };
}

// ---------------------------------------------------------------------------------------------
// Accuracy

interface Labelled {
  text: string;
  expected: string[];
}

interface Accuracy {
  top1: number;
  top3: number;
  count: number;
}

/**
 * top-1: the first suggestion is one of the expected replies; top-3: one of the first three is.
 * A message with expected [] counts as right only when the list is empty — for every ranker.
 */
function accuracy(ranker: Ranker, messages: readonly Labelled[]): Accuracy {
  let top1 = 0;
  let top3 = 0;
  for (const { text, expected } of messages) {
    const ids = ranker.suggest(text).slice(0, K);
    if (!expected.length) {
      if (!ids.length) (top1++, top3++);
      continue;
    }
    if (ids[0] !== undefined && expected.includes(ids[0])) top1++;
    if (ids.some((id) => expected.includes(id))) top3++;
  }
  return { top1, top3, count: messages.length };
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '—');

function readMessages(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Labelled);
}

function readReplies(file: string): Reply[] {
  return PackSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).replies;
}

function accuracyTable(title: string, replies: Reply[], messages: Labelled[]): void {
  // Learning split: even-indexed messages are picks of their first expected reply, odd ones are asked.
  const picks: Pick[] = messages.flatMap((m, i) => (i % 2 === 0 && m.expected[0] ? [{ text: m.text, replyId: m.expected[0] }] : []));
  const heldOut = messages.filter((_, i) => i % 2 === 1);
  console.log(`\n${title}: ${messages.length} messages (${messages.filter((m) => !m.expected.length).length} with nothing fitting)`);
  console.log('  ranker       top-1    top-3  | odd half: top-1    top-3  | after learning even half: top-1    top-3');
  const rows: [string, (picks?: Pick[]) => Ranker][] = [
    ['TrustOps', (p) => ours(replies, p)],
    ...baselineRows(replies),
    ['Fuse.js', (p) => fuse(replies, p)],
    ['MiniSearch', (p) => miniSearch(replies, p)],
  ];
  for (const [name, make] of rows) {
    const all = accuracy(make(), messages);
    const before = accuracy(make(), heldOut);
    const after = accuracy(make(picks), heldOut);
    console.log(
      `  ${name.padEnd(13)} ${percent(all.top1, all.count).padStart(6)}  ${percent(all.top3, all.count).padStart(6)}  |` +
        `          ${percent(before.top1, before.count).padStart(6)}  ${percent(before.top3, before.count).padStart(6)}  |` +
        `                          ${percent(after.top1, after.count).padStart(6)}  ${percent(after.top3, after.count).padStart(6)}`,
    );
  }
}

/** Learning from one labelled set (all of it, as picks) and asking the other: paraphrases, not repeats. */
function crossLearning(replies: Reply[], dev: Labelled[], extra: Labelled[]): void {
  const picksOf = (messages: Labelled[]): Pick[] =>
    messages.flatMap((m) => (m.expected[0] ? [{ text: m.text, replyId: m.expected[0] }] : []));
  console.log('\nLearning across sets (same pack): top-1 before → after learning every message of the other set');
  const rows: [string, (picks?: Pick[]) => Ranker][] = [
    ['TrustOps', (p) => ours(replies, p)],
    ...baselineRows(replies),
    ['Fuse.js', (p) => fuse(replies, p)],
    ['MiniSearch', (p) => miniSearch(replies, p)],
  ];
  for (const [name, make] of rows) {
    const cell = (asked: Labelled[], learned: Labelled[]) => {
      const before = accuracy(make(), asked);
      const after = accuracy(make(picksOf(learned)), asked);
      return `${percent(before.top1, before.count)} → ${percent(after.top1, after.count)}`;
    };
    console.log(`  ${name.padEnd(13)} dev after extra: ${cell(dev, extra).padEnd(16)} extra after dev: ${cell(extra, dev)}`);
  }
}

/**
 * One fixed split can hide or flatter learning (a single message decides it), so also average
 * over many seeded random halves: learn one half as picks, ask the other.
 */
function randomHalves(title: string, replies: Reply[], messages: Labelled[], splits = 30): void {
  const random = seededRandom(7);
  const make: [string, (picks?: Pick[]) => Ranker][] = [
    ['TrustOps', (p) => ours(replies, p)],
    ...baselineRows(replies),
    ['Fuse.js', (p) => fuse(replies, p)],
    ['MiniSearch', (p) => miniSearch(replies, p)],
  ];
  const totals = new Map(make.map(([name]) => [name, { before: 0, after: 0, count: 0, up: 0, down: 0 }]));
  for (let s = 0; s < splits; s++) {
    const order = messages.map((m) => ({ m, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.m);
    const learned = order.slice(0, Math.floor(order.length / 2));
    const asked = order.slice(learned.length);
    const picks = learned.flatMap((m) => (m.expected[0] ? [{ text: m.text, replyId: m.expected[0] }] : []));
    for (const [name, build] of make) {
      const before = accuracy(build(), asked).top1;
      const after = accuracy(build(picks), asked).top1;
      const t = totals.get(name)!;
      t.before += before;
      t.after += after;
      t.count += asked.length;
      if (after > before) t.up++;
      if (after < before) t.down++;
    }
  }
  console.log(`\n${title}: top-1 on the asked half, mean over ${splits} seeded random halves (learn one half, ask the other)`);
  for (const [name, t] of totals)
    console.log(`  ${name.padEnd(13)} ${percent(t.before, t.count).padStart(6)} → ${percent(t.after, t.count).padStart(6)}` +
      `   (raised in ${t.up} splits, lowered in ${t.down})`);
}

// ---------------------------------------------------------------------------------------------

/** The working tree's engine, and the baseline checkout's when SUGGEST_BASELINE names one. */
async function loadEngines(): Promise<Engine[]> {
  const engines: Engine[] = [{ name: 'TrustOps', create: (r, p) => createSuggestIndex(r, p) }];
  const dir = process.env['SUGGEST_BASELINE'];
  if (dir) {
    const url = pathToFileURL(path.resolve(dir, 'lib/engine/suggest/index.ts')).href;
    const baseline = (await import(url)) as { createSuggestIndex: typeof createSuggestIndex };
    engines.push({ name: 'TrustOps main', create: (r, p) => baseline.createSuggestIndex(r, p) });
  }
  return engines;
}

/**
 * Ranking with 20,000 learned picks over the 10,000 replies, and the cost of learning one more
 * pick on that index (incremental: no rebuild).
 */
function learningSpeed(engines: readonly Engine[], replies: Reply[], queries: string[], picks: Pick[]): void {
  console.log('\nWith 20,000 picks over 10,000 replies: build, ranking and adding one pick');
  console.log('  ranker               build      median        p95   learn median  learn p95');
  const extra = picks.slice(0, 500).map((p, i) => ({ ...p, text: `${p.text} ${queries[i % queries.length]}` }));
  for (const engine of engines) {
    const built = timed(() => engine.create(replies, picks));
    const rank = timeEach(queries, (q) => built.value.suggest(q, { k: K }));
    const learn = timeEach(extra, (p) => built.value.learn(p), 10);
    console.log(`  ${engine.name.padEnd(16)} ${fmt(built.ms).padStart(10)} ${fmt(rank.median).padStart(11)} ${fmt(rank.p95).padStart(10)}` +
      ` ${fmt(learn.median).padStart(14)} ${fmt(learn.p95).padStart(10)}`);
  }
  // The background stores the trained model (lib/storage/models.ts): a woken one builds from it.
  const stored = createSuggestIndex(replies, picks).learned();
  if (!stored) return;
  const reused = timed(() => createSuggestIndex(replies, picks, stored));
  const { featureIds, offsets, classes, weights } = stored.weights;
  const bytes = featureIds.byteLength + offsets.byteLength + classes.byteLength + weights.byteLength;
  console.log(`  build from the stored model: ${fmt(reused.ms)} (stored weights ${(bytes / 1e6).toFixed(1)} MB)`);
}

/** Banking77 and the development brands, when ../shared/data has them. */
function publicSections(engines: readonly Engine[]): void {
  const data = path.resolve(repoRoot, '../shared/data');
  const banking = loadBanking77(data);
  if (!banking) console.log('\nBanking77: skipped (../shared/data/public/banking77 is not present)');
  else {
    const split = process.env['SUGGEST_BANKING77_SPLIT'] === 'dev' ? 'dev' : 'test';
    banking77Table(banking, engines, split);
    outOfScopeTable(banking, engines, split);
  }
  const brands = loadBrands(data);
  if (!brands) console.log('\nDevelopment brands: skipped (../shared/data/brands is not present)');
  else brandsTable(brands, engines, true);
}

function timed<T>(make: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = make();
  return { value, ms: performance.now() - t0 };
}

export async function bench(): Promise<void> {
  const engines = await loadEngines();
  baselines = engines.slice(1);
  const { replies, queries, picks } = generate(10_000, 1_000, 20_261_120);
  console.log(`Generated library: ${replies.length} replies (ru/en, tags, examples), ${queries.length} queries (seeded)`);

  const built = {
    ours: timed(() => createSuggestIndex(replies)),
    fuse: timed(() => new Fuse(replies, { keys: ['title', 'body'] })),
    mini: timed(() => {
      const engine = new MiniSearch({ fields: ['title', 'body'] });
      engine.addAll(replies);
      return engine;
    }),
  };
  const latency: Record<string, Timing & { n: number }> = {
    TrustOps: { ...timeEach(queries, (q) => built.ours.value.suggest(q, { k: K })), n: queries.length },
    MiniSearch: { ...timeEach(queries, (q) => built.mini.value.search(q).slice(0, K)), n: queries.length },
    'Fuse.js': { ...timeEach(queries.slice(0, FUSE_SAMPLE), (q) => built.fuse.value.search(q, { limit: K }), 3), n: FUSE_SAMPLE },
  };
  const buildMs: Record<string, number> = { TrustOps: built.ours.ms, MiniSearch: built.mini.ms, 'Fuse.js': built.fuse.ms };
  for (const engine of engines.slice(1)) {
    const other = timed(() => engine.create(replies));
    buildMs[engine.name] = other.ms;
    latency[engine.name] = { ...timeEach(queries, (q) => other.value.suggest(q, { k: K })), n: queries.length };
  }
  console.log('\nLatency per query over 10,000 replies');
  console.log('  ranker        build      median        p95   queries');
  for (const [name, t] of Object.entries(latency))
    console.log(`  ${name.padEnd(13)} ${fmt(buildMs[name]!).padStart(9)} ${fmt(t.median).padStart(11)} ${fmt(t.p95).padStart(10)}   ${t.n}`);
  const ratio = latency['Fuse.js']!.median / latency.TrustOps!.median;
  console.log(`  Fuse.js median / TrustOps median = ${ratio.toFixed(0)}×` +
    ` (Fuse timed on the first ${FUSE_SAMPLE} queries; it scans every reply)`);
  const hits = queries.filter((q) => built.ours.value.suggest(q).length).length;
  console.log(`  TrustOps returned suggestions for ${percent(hits, queries.length)} of the generated queries`);
  learningSpeed(engines, replies, queries, picks);
  publicSections(engines);

  console.log('\nAccuracy rule: top-1 = first suggestion is an expected reply; top-3 = one of the first three is;');
  console.log('a message with expected [] is right only if the ranker returns nothing (Fuse/MiniSearch almost never do).');
  const data = path.resolve(repoRoot, 'test/fixtures/dev-data');
  const devReplies = readReplies(path.join(data, 'pack.json'));
  accuracyTable('Dev set (test/fixtures/dev-data/messages.jsonl)', devReplies, readMessages(path.join(data, 'messages.jsonl')));
  accuracyTable('Extra set (test/fixtures/messages/extra.jsonl, same pack)', devReplies,
    readMessages(path.join(repoRoot, 'test/fixtures/messages/extra.jsonl')));
  crossLearning(devReplies, readMessages(path.join(data, 'messages.jsonl')),
    readMessages(path.join(repoRoot, 'test/fixtures/messages/extra.jsonl')));
  randomHalves('Dev set', devReplies, readMessages(path.join(data, 'messages.jsonl')));
  randomHalves('Dev + extra sets', devReplies, [
    ...readMessages(path.join(data, 'messages.jsonl')),
    ...readMessages(path.join(repoRoot, 'test/fixtures/messages/extra.jsonl')),
  ]);
  accuracyTable('Held-out brand (electronics-store pack + messages, written after the lexicon; lexicon not tuned on it)',
    readReplies(path.join(repoRoot, 'test/fixtures/packs/electronics-store.json')),
    readMessages(path.join(repoRoot, 'test/fixtures/messages/electronics-store.jsonl')));
}
