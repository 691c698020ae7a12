import type { Draft } from '../draft';
import { say } from '../lexicon';
import type { DetectContext, RawFinding } from '../types';
import { wordRegex } from '../words';

// The marking required for advertising (Russian law since 2022: «Реклама» + erid token).
const LABEL = /реклам|erid|#ad\b|#sponsored|\bsponsored\b|\badvertis(?:ement|ing)\b|\bpaid partnership\b|^\s*ad\s*[:.|]/imu;

const PROMO_CODE = wordRegex('промокод промо-код promocode coupon купон кешбэк кешбек кэшбэк кэшбек', 'cashback');
const DISCOUNT = wordRegex('скидк скидочн discount распродаж спецпредложени выгодн', 'sale акция акции акцию акцией акций');
const DISCOUNT_TEXT = /promo\s+code|(?<!\d)\d{1,3}\s?%\s?off\b|(?<![\p{L}\p{N}])[-−–]\s?\d{1,2}\s?%|\b\d\s?\+\s?\d\b|по цене (?:одного|1)/iu;
/** A link promotes when the post also invites to buy, gives gifts or names a partner. */
const CALL_TO_ACTION = wordRegex(
  'партнер partner подар gift бесплатн купи покупа закаж заказыва успей успев переход жми предложени offer розыгрыш',
  'дарим дарит дарят free buy shop order click giveaway',
);
const PROMO_URL = /promo|sale|shop|discount|offer|deal|coupon|ref=|utm_|erid/i;

/** A promotional post (never a reply) without «Реклама» / erid. */
export function detectAdLabel(draft: Draft, ctx: DetectContext): RawFinding[] {
  if (ctx.kind !== 'post' || LABEL.test(draft.text)) return [];
  const span = promoSpan(draft);
  if (!span) return [];
  return [
    {
      ruleId: 'ad-label',
      category: 'ad-label',
      start: span.start,
      end: span.end,
      message: say(
        draft.lang,
        'Рекламный пост без пометки «Реклама» и токена erid: добавьте маркировку.',
        'A promotional post without the «Реклама» label and erid token: add the ad marking.',
      ),
    },
  ];
}

function promoSpan(draft: Draft): { start: number; end: number } | undefined {
  const prose = draft.tokens.filter((_, i) => !draft.masked[i]);
  const code = prose.find((t) => PROMO_CODE.test(t.norm));
  if (code) return code;
  const discountText = DISCOUNT_TEXT.exec(draft.text);
  const discount = prose.find((t) => DISCOUNT.test(t.norm));
  if (discount || discountText) {
    const textSpan = discountText && { start: discountText.index, end: discountText.index + discountText[0].length };
    if (!discount) return textSpan!;
    return textSpan && textSpan.start < discount.start ? textSpan : discount;
  }
  const link = draft.links.find((l) => l.type === 'url');
  if (link && (PROMO_URL.test(link.value) || prose.some((t) => CALL_TO_ACTION.test(t.norm)))) return link;
  return undefined;
}
