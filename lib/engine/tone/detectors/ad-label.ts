import type { Draft } from '../draft';
import { say } from '../lexicon';
import type { DetectContext, RawFinding } from '../types';

// The marking required for advertising (Russian law since 2022: «Реклама» + erid token).
const LABEL = /реклам|erid|#ad\b|#sponsored|\bsponsored\b|\badvertis(?:ement|ing)\b|\bpaid partnership\b|^\s*ad\s*[:.|]/imu;

const PROMO_CODE = /^(?:промокод\p{L}*|промо-код\p{L}*|promocode\p{L}*|coupon\p{L}*|купон\p{L}*|кешб[эе]к\p{L}*|кэшб[эе]к\p{L}*|cashback)$/u;
const DISCOUNT = /^(?:скидк\p{L}*|скидочн\p{L}*|discount\p{L}*|распродаж\p{L}*|sale|акци[яиюей]|спецпредложени\p{L}*|выгодн\p{L}*)$/u;
const DISCOUNT_TEXT = /promo\s+code|(?<!\d)\d{1,3}\s?%\s?off\b|(?<![\p{L}\p{N}])[-−–]\s?\d{1,2}\s?%|\b\d\s?\+\s?\d\b|по цене (?:одного|1)/iu;
/** A link promotes when the post also invites to buy, gives gifts or names a partner. */
const CALL_TO_ACTION = /^(?:партнер\p{L}*|partner\p{L}*|дар(?:им|ит|ят)|подар\p{L}*|gift\p{L}*|бесплатн\p{L}*|free|купи\p{L}*|покупа\p{L}*|закаж\p{L}*|заказыва\p{L}*|успе[йв]\p{L}*|переход\p{L}*|жми\p{L}*|buy|shop|order|click|предложени\p{L}*|offer\p{L}*|розыгрыш\p{L}*|giveaway)$/u;
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
