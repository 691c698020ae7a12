import type { Draft } from '../draft';
import { say } from '../lexicon';
import { SHORTENERS } from './link-unknown';
import type { DetectContext, Lang, RawFinding } from '../types';

/*
 * Russian law on online advertising (38-ФЗ art. 18.1) asks every ad for three marks: the word
 * «Реклама», the advertiser (legal name, INN or website) and an `erid` token. A post that promotes
 * (promo code, discount, price offer, a partner's product, a link to buy) and lacks any of them
 * gets one finding naming what is missing. Link targets count: channels often put the erid and the
 * advertiser's site into the link itself.
 */

const LABEL_WORD = /(?<![\p{L}\p{N}])реклама(?![\p{L}\p{N}])/iu;
const ERID = /(?<![\p{L}\p{N}])erid(?![\p{L}])/iu;
/** A legal name («ООО «Ромашка»», "Acme LLC"), an INN, or the «Рекламодатель» line. */
const ADVERTISER =
  /(?<![\p{L}])(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|НКО|АНО|ФГУП|LLC|Ltd|Inc|GmbH|PLC)(?![\p{L}])\s*[«"“„]?\s*[\p{Lu}\p{L}]|(?<![\p{L}])ИНН\s*:?\s*\d{10,12}|рекламодател/u;

// Promotion signals, strongest first. Each is about an offer, never about a topic: «акции Google»
// (shares), «акция протеста», news about discounts elsewhere without a figure are not promotions.
// «купон» alone is also a bond's coupon: it counts with a code or a discount.
const PROMO_CODE =
  /промо-?код|promo\s?code|(?:по|with|use|enter)\s+(?:коду|code|купону|coupon)\s+[\p{L}\p{N}]*\d|(?:купон|coupon)\p{L}*\s+(?:на\s+скидку|for\s+\d|на\s+\d)/iu;
const PERCENT = String.raw`\d{1,3}(?:[.,]\d)?\s?%`;
const DISCOUNT = new RegExp(
  [
    String.raw`(?:скидк\p{L}*|discount|sale|распродаж\p{L}*|минус|кэшбэк\p{L}*|кешбэк\p{L}*|кэшбек\p{L}*|кешбек\p{L}*|cashback)[^.!?\n]{0,40}?${PERCENT}`,
    String.raw`${PERCENT}\s?(?:off|скидк\p{L}*|кэшбэк\p{L}*|кешбэк\p{L}*|cashback|discount)`,
    String.raw`(?<![\p{L}\p{N}])[-−–]\s?\d{1,2}\s?%`,
    String.raw`за\s+полцены|за\s+пол\s+цены|half\s+price|(?<!\d)\d\s?\+\s?\d(?!\d)\s|(?<!\d)\d\s+for\s+\d(?!\d)|в\s+подарок|бесплатн\p{L}*\s+доставк|free\s+(?:lesson|delivery|shipping|trial|month)`,
    // «Дарим» is the brand giving; «дарит/дарят» only with what is given (a percent or a sum).
    String.raw`(?<![\p{L}])дарим(?![\p{L}])|(?<![\p{L}])(?:дарит|дарят)\s+(?:скидк\p{L}*\s+)?\d`,
    String.raw`мега-?распродаж|(?<![\p{L}])sale(?![\p{L}])\s*:`,
  ].join('|'),
  'iu',
);
/** A price or rate the post offers: «за 599 ₽», «под 16% годовых» — an offer only with a call to action or a deadline. */
const PRICE = /за\s+\d[\d\s]*(?:[.,]\d+)?\s?(?:₽|руб|р\.)|под\s+\d{1,2}(?:[.,]\d)?\s?%\s+годовых|(?:for|only)\s+[$€£]\d/iu;
const PARTNER = /наш\p{L}*\s+партн[её]р|our\s+(?:partner|friends\s+at)|партн[её]рск\p{L}*\s+(?:предложени|скидк|пост|материал)|на\s+правах\s+рекламы|sponsored\s+(?:post|content)|paid\s+partnership/iu;
/** Calls to buy (imperatives addressed to readers), a deadline, or "the link in our profile". */
const CALL_TO_BUY =
  /(?<![\p{L}])(?:закажите|заказывайте|купите|покупайте|оформите|оформляйте|откройте|открывайте|забирайте|заберите|бронируйте|забронируйте|успейте|подробнее|подробности|buy|order\s+now|shop\s+now|book\s+(?:at|now|a|your)|get\s+yours)(?![\p{L}])|ссылк\p{L}*\s+в\s+профиле|только\s+(?:сегодня|до|в\s+приложении|на\s+этой\s+неделе)|today\s+only|(?:уже\s+)?в\s+продаже|now\s+on\s+sale|до\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|конца\s+(?:месяца|недели))|(?:until|before)\s+(?:friday|sunday|monday|the\s+end)/iu;
/**
 * A prize draw the post runs: «розыгрыш», «конкурс», "giveaway" followed in the same sentence (or right
 * after «Розыгрыш!») by a call to take part («подпишитесь… и выиграйте»). A news item about a contest
 * has no such call; a channel's «Подпишитесь» footer is another sentence.
 */
const GIVEAWAY =
  /(?<![\p{L}])(?:розыгрыш\p{L}*|разыгрываем|конкурс\p{L}*|giveaway)(?![\p{L}])(?:\s*!)?[^.!?\n]{0,150}?(?<![\p{L}])(?:подпишитесь|подписывайтесь|участвуйте|выиграйте|выигрывайте|сделайте\s+репост|enter|subscribe|win)(?![\p{L}])/iu;
const SOCIAL = /^(?:t\.me|telegram\.me|vk\.com|ok\.ru|dzen\.ru|youtube\.com|youtu\.be|instagram\.com|x\.com|twitter\.com|facebook\.com|tiktok\.com)$/;
/** A link whose path says it sells (/promo, /sale, /shop, /offer…); with a call to buy, also /product, /catalog, /credit. */
const SELLING_PATH = /\/(?:[^\s]*[/_-])?(?:promo|sale|shop|offer|deal|coupon)(?![\p{L}])/iu;
const PRODUCT_PATH = /\/(?:[^\s]*[/_-])?(?:product|catalog|credit|deposits?)(?![\p{L}])/iu;

export function detectAdLabel(draft: Draft, ctx: DetectContext): RawFinding[] {
  if (ctx.kind !== 'post') return [];
  const label = LABEL_WORD.test(draft.text);
  const erid = ERID.test(draft.text);
  const advertiser = ADVERTISER.test(draft.text) || draft.links.some((l) => l.type === 'url' && !SHORTENERS.has(l.host));
  if (label && erid && advertiser) return [];
  const span = promoSpan(draft);
  if (!span) return [];
  return [
    {
      ruleId: 'ad-label',
      category: 'ad-label',
      start: span.start,
      end: span.end,
      message: missingMessage(ctx.messageLang, { label, advertiser, erid }),
    },
  ];
}

/** Where the post promotes, or undefined when it does not. */
function promoSpan(draft: Draft): { start: number; end: number } | undefined {
  const { text } = draft;
  const found = (re: RegExp) => {
    const m = re.exec(text);
    return m ? { start: m.index, end: m.index + m[0].trimEnd().length } : undefined;
  };
  const code = found(PROMO_CODE);
  if (code) return code;
  const giveaway = GIVEAWAY.exec(text);
  if (giveaway) return { start: giveaway.index, end: giveaway.index + giveaway[0].search(/[^\p{L}]/u) };
  const discount = found(DISCOUNT);
  const partner = found(PARTNER);
  const cta = CALL_TO_BUY.test(text);
  const link = draft.links.find((l) => l.type === 'url');
  if (discount && (cta || link || isOwnOffer(text))) return discount;
  if (partner && (discount || cta || link)) return partner;
  const price = found(PRICE);
  // A channel's «Подписаться (t.me/…)» footer is no link to buy.
  const shopLink = draft.links.some((l) => l.type === 'url' && !SOCIAL.test(l.host));
  if (price && (cta || shopLink)) return price;
  const path = (value: string) => value.replace(/^[a-z]+:\/\/[^/]*/i, '');
  const selling = draft.links.find((l) => l.type === 'url' && SELLING_PATH.test(path(l.value)));
  if (selling) return selling;
  const product = draft.links.find((l) => l.type === 'url' && PRODUCT_PATH.test(path(l.value)));
  if (product && cta) return product;
  if (link && cta && /(?<![\p{L}])(?:закажите|заказывайте|купите|покупайте|оформите|забирайте|buy|order\s+now|shop\s+now)(?![\p{L}])/iu.test(text)) return link;
  return undefined;
}

/** «Скидка 20% на зерно до воскресенья!»: a discount in the brand's own voice (no reported speech). */
function isOwnOffer(text: string): boolean {
  return !/(?<![\p{L}])(?:сообщил\p{L}*|заявил\p{L}*|по данным|according to|reported|said)(?![\p{L}])/iu.test(text);
}

function missingMessage(lang: Lang, has: { label: boolean; advertiser: boolean; erid: boolean }): string {
  const ru: string[] = [];
  const en: string[] = [];
  if (!has.label) ru.push('пометки «Реклама»'), en.push('the «Реклама» label');
  if (!has.advertiser) ru.push('рекламодателя (название, ИНН или сайт)'), en.push('the advertiser (name, INN or website)');
  if (!has.erid) ru.push('токена erid'), en.push('the erid token');
  return say(
    lang,
    `Рекламный пост без ${ru.join(', ')}: по закону о рекламе нужны все три отметки.`,
    `A promotional post without ${en.join(', ')}: Russian advertising law requires all three marks.`,
  );
}
