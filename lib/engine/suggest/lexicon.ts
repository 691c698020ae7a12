import SYNONYMS from './resources/synonyms.json';

/**
 * Markers of the spam that fills brands' comment sections (sales, rentals, easy money,
 * follower shops). A message with one needs a much stronger match to get a suggestion.
 */
export const SPAM_CONCEPT = 'spam';
export const SPAM_MARKERS: readonly string[] = [
  '=продаю', '=продам', '=сдам', '=сдаю', '=сниму', 'заработ*', 'казино', 'букмекер*', 'крипт*',
  'подпишись', 'подписывайтесь', 'переходи по ссылке', '=selling', 'buy followers', 'casino*',
  'crypto*', 'earn money',
];

/**
 * Words that mean the same thing, from general thesauri rather than from any brand's wording:
 * WordNet 3.1 for English and the LibreOffice (MyThes) Russian thesaurus, compacted to groups
 * of Snowball stems by test/tools/build-synonyms.ts (see README, "Language resources"). Each
 * group is a concept: an extra index term shared by its words, so "refund" finds "repayment"
 * and «трансляция» finds «передача». Concepts are weaker than the words themselves (weights.ts).
 */
export const SYNONYM_GROUPS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(SYNONYMS as Record<string, string[]>).flatMap(([language, groups]) =>
    groups.map((group, i) => [`${language}${i}`, group.split(' ')] as const),
  ),
);

/**
 * Customer-support vocabulary shared by every brand: words and phrases that mean the same
 * request although the customer and the reply author phrase it differently ("жду уже час" vs
 * "доставка задерживается", "refund" vs "money back"). Each concept becomes an extra index term,
 * so a reply is found by meaning as well as by its own words; concepts are weaker than the
 * words themselves (see weights.ts) and never enough on their own to pass the confidence bar
 * unless the message has little else.
 *
 * Entry syntax (Russian and English mixed; all normalised: lower case, ё→е):
 *   word       — any form of the word (matched by Snowball stem)
 *   pref*      — any word starting with "pref"
 *   =word      — exactly this form (for ambiguous stems: "лучше" advises, "лучший" praises)
 *   two words  — a phrase; each part is a word or pref*, stop words may sit between the parts
 *
 * Keep it brand-neutral: general retail, delivery, food service, apps and payments. A brand's
 * own vocabulary belongs in its replies' examples and is learned from picks.
 */
/** Thesaurus groups are named by language and number ("ru12"); hand concepts by meaning. */
export const isThesaurusConcept = (concept: string) => /^(?:en|ru)\d+$/.test(concept);

export const SUPPORT_LEXICON: Readonly<Record<string, readonly string[]>> = {
  delay: [
    'задерж*', 'опазд*', 'опозд*', '=жду', '=ждем', '=ждать', 'ждал*', '=ждете', 'ожида*', 'долго',
    'до сих пор', 'все еще', 'где заказ', 'где посылка', 'где курьер', 'не привез*', 'не доставил*',
    'не приех*', 'не пришел заказ', 'не пришла посылка', 'late', 'delay*', 'wait*', 'ages', 'forever',
    'not arrived', 'hasn’t arrived', "hasn't arrived", 'still waiting', 'where order',
  ],
  delivery: [
    'достав*', 'привез*', 'привоз*', 'довез*', '=везут', '=везете', '=везет',
    'курьер*', 'отправк*', 'посылк*', 'самовывоз*', 'трек*', 'deliver*', 'courier*', 'shipping',
    'shipment*', '=ship', '=shipped', 'parcel*', 'tracking',
  ],
  area: [
    'зона', 'район*', 'адрес*', 'город*', 'област*', 'пригород*', '=мкад', 'метро', '=куда', 'далеко',
    'радиус*', 'area', 'zone', 'address*', 'city', 'region', 'suburb*', 'neighbourhood', 'neighborhood',
  ],
  price: [
    'стоимост*', '=стоит', '=стоят', '=стоить', 'цена', 'ценник*', '=почем', 'платн*', '=дорого', '=дороже',
    'дешев*', 'недорог*', 'тариф*', 'сколько стоит', 'price*', 'cost*', 'fee', 'fees', 'expensive',
    'cheap*', 'how much',
  ],
  free: ['бесплатн*', 'подар*', 'даром', '=free', 'gift*', 'complimentary'],
  'wrong-item': [
    'не то', 'не тот', 'не та', 'не те', 'перепута*', 'вместо', 'чуж*', '=забыли', '=забыл', '=забыла',
    'не хвата*', 'не положил*', 'недолож*', 'недовез*', 'недостач*', 'wrong', 'mixed up', 'instead',
    'missing', 'not what i ordered',
  ],
  temperature: [
    'холодн*', 'остыл*', 'остыв*', 'ледян*', 'горяч*', 'тепловат*', 'еле тепл*', 'чуть тепл*',
    'cold', 'lukewarm', '=hot', 'chilled',
  ],
  refund: [
    'возврат*', '=вернуть', '=верните', '=вернете', '=вернем', '=вернут', '=вернется', '=вернутся',
    'вернул*', 'возмест*', 'компенс*', 'refund*', 'money back', 'reimburs*', 'chargeback*', 'compensat*',
  ],
  money: ['деньг*', '=денег', '=средства', 'money', 'funds'],
  cancel: ['отмен*', 'отказал*', 'передумал*', 'cancel*'],
  defect: [
    'брак*', 'слома*', 'полома*', 'сломан*', 'разбит*', 'разбил*', 'трещин*', 'протека*', 'протек*',
    'дефект*', 'неисправ*', 'не включ*', 'перестал* работать', 'сгорел*', 'царапин*', 'порван*',
    'broken', '=broke', 'defect*', 'faulty', 'damaged', 'leak*', 'crack*',
  ],
  malfunction: [
    'не работа*', 'не сработал*', 'не применя*', 'не проход*', 'не получа*', 'не могу', 'не принима*',
    'не действ*', 'недействител*', 'ошибк*', 'глюч*', 'глюк*', 'вылета*', '=завис', '=зависло',
    '=зависает', '=виснет', 'сбой*', '=баг', '=баги', "doesn't work", 'does not work', 'not working',
    "won't work", "can't", 'cannot', 'error*', 'fail*', '=bug', 'crash*', 'glitch*',
  ],
  hours: [
    'часы работы', 'время работы', 'график работы', 'режим работы', 'до скольки', 'во сколько',
    'открыва*', 'открыт*', 'открое*', 'закрыва*', 'закрыт*', 'закро*', 'круглосуточ*', 'ежедневн*',
    'выходн*', 'праздничн*', '=ночью', '=ночь', 'график*', 'расписан*', 'понедельник*', 'вторник*',
    '=среду', 'четверг*', 'пятниц*', 'суббот*', 'воскресен*', '=open', '=opens', 'opening*', '=close',
    '=closes', 'closing', 'hours', 'weekend*', 'sunday', 'monday', 'saturday', 'holiday*', '24/7',
  ],
  promo: [
    'промокод*', 'промо*', 'купон*', 'скидк*', 'акци*', '=код', '=кода', '=коду', 'coupon*', 'promo*',
    'discount*', 'voucher*', '=code',
  ],
  loyalty: [
    'лояльн*', 'бонус*', 'балл*', 'штамп*', 'кешбэк*', 'кэшбэк*', 'кешбек*', 'кэшбек*', 'накоп*',
    'копите', 'копить', 'loyalty', 'points', 'stamp*', 'reward*', 'cashback',
  ],
  recommend: [
    'посовет*', 'советуе*', '=советуем', 'подбер*', 'подобра*', 'подбор*', '=выбрать', 'выбор*',
    'выбира*', '=лучше', 'рекоменд*', 'recommend*', 'advise', 'choose', 'choice', 'which one',
  ],
  payment: [
    'оплат*', 'заплат*', 'платеж*', 'транзакц*', 'списа*', 'списан*', 'привяз*', '=pay', '=paid',
    'payment*', 'transaction*', '=charged', 'checkout',
  ],
  app: [
    'приложен*', 'приложух*', '=прила', '=апп', 'сайт*', 'аккаунт*', 'логин*', 'парол*', '=app',
    'application', 'website', 'account', 'login', 'password',
  ],
  ingredients: [
    'аллерг*', 'состав*', 'лактоз*', 'безлактоз*', 'глютен*', 'безглютен*', 'орех*', 'арахис*',
    'веган*', 'растительн*', 'калори*', 'кбжу', 'ингредиент*', 'allerg*', 'ingredient*', 'lactose',
    'gluten*', '=nuts', '=nut', 'vegan*', 'calorie*', 'dairy',
  ],
  jobs: [
    'ваканс*', 'хочу работать', 'работать у вас', 'устро* работ*', 'трудоустр*', 'резюме',
    'собеседован*', 'стажир*', '=ищете', 'требуют*', 'опыт работы', '=hiring', 'job', 'jobs', 'career*',
    'vacanc*', '=hire', 'resume', 'work for you',
  ],
  partnership: [
    'сотруднич*', 'партнер*', 'реклам*', 'блогер*', 'блоггер*', 'интеграц*', 'коллаб*', 'бартер*',
    'инфлюенс*', 'спонсор*', 'амбассадор*', 'подписчик*', 'advertis*', 'partner*', 'collab*',
    'sponsor*', 'influencer*', 'blogger*',
  ],
  praise: [
    'спасиб*', 'благодар*', '=лучший', '=лучшая', '=лучшее', '=лучшие', 'отличн*', '=супер', '=класс',
    '=классно', '=классный', '=кайф', 'вкусн*', 'прекрасн*', 'обожа*', '=люблю', 'любим*', 'приятн*',
    'восторг*', 'молодц*', '=круто', 'шикарн*', 'thank*', 'awesome', 'great', '=love', '=best',
    'amazing', 'excellent', 'delicious', 'perfect', 'wonderful', 'cheers',
  ],
  idea: [
    '=идея', '=идеи', '=идею', '=идей', 'предлага*', 'предлож*', 'добав*', '=сделайте', 'было бы', 'хотелось бы', 'пожелан*',
    'idea*', 'suggest*', '=add', 'feature*', 'would be nice', 'would love',
  ],
  complaint: [
    'жалоб*', 'пожалова*', 'жалуюсь', 'недовол*', 'ужасн*', 'отвратит*', 'безобраз*', 'возмут*',
    '=кошмар', 'хамств*', 'нахам*', '=хам', 'груб*', 'нагруб*', 'невежлив*', 'накрич*', 'наорал*',
    'complain*', 'terrible', 'awful', 'horrible', 'rude*', 'disappoint*', 'unacceptable',
  ],
  contact: [
    'телефон*', 'позвон*', 'перезвон*', '=звонок', 'связа*', 'свяж*', '=почта', '=почту', '=email',
    '=e-mail', 'емейл*', 'имейл*', 'паспорт*', 'личные данные', 'phone*', '=call', 'email*',
    'passport*', 'personal data',
  ],
  health: [
    'отрав*', 'тошн*', 'рвот*', '=вырвало', 'понос*', 'диаре*', '=живот', '=болит', '=врач', '=скорую',
    'больниц*', 'испорч*', 'просроч*', 'тухл*', 'несвеж*', 'poison*', '=sick', 'vomit*', 'nausea',
    'hospital*', 'stomach*', 'expired',
  ],
  exchange: ['обмен*', 'замен*', 'exchange*', 'replace*', 'replacement*'],
  [SPAM_CONCEPT]: SPAM_MARKERS,
};

/** A concept id of a token that looks like personal contact data (see concepts.ts). */
export const CONTACT_CONCEPT = 'contact';
