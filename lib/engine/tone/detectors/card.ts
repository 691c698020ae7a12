import { wordsBefore, type Draft } from '../draft';
import { say } from '../lexicon';
import type { DetectContext, RawFinding } from '../types';
import { wordRegex } from '../words';

// 13–19 digits, optionally grouped by single spaces or dashes ("5555 5555 5555 4444").
const CARD_LIKE = /(?<!\d|\d[.,])\d(?:[ -]?\d){12,18}(?!\d|[.,]\d)/g;

// Order and tracking numbers share the 4-4-4-4 shape; their introducing word tells them apart.
const NOT_A_CARD = wordRegex(
  'заказ трек накладн отправлени обращени заявк договор счет order tracking ticket case invoice account reference',
);

/** Luhn checksum: what makes a number a plausible bank card and not a random digit run. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function detectCards(draft: Draft, ctx: DetectContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of draft.text.matchAll(CARD_LIKE)) {
    const digits = match[0].replace(/\D/g, '');
    // Issuer ranges start with 2 (Mir, Mastercard) to 6 (UnionPay, Discover, Maestro).
    if (digits[0]! < '2' || digits[0]! > '6' || !luhnValid(digits)) continue;
    const start = match.index;
    const before = wordsBefore(draft, start, 3);
    if (before.some((w) => NOT_A_CARD.test(w)) && !before.some((w) => w.startsWith('карт') || w === 'card')) continue;
    findings.push({
      ruleId: 'pii.card',
      category: 'pii.card',
      start,
      end: start + match[0].length,
      message: say(
        ctx.messageLang,
        'Номер банковской карты в публичном ответе: оставьте только последние 4 цифры.',
        'A bank card number in a public reply: keep only the last 4 digits.',
      ),
      fix: maskAllButLast(match[0], 4),
      fixKind: 'pii.card',
    });
  }
  return findings;
}

function maskAllButLast(written: string, keep: number): string {
  let seen = 0;
  const total = written.replace(/\D/g, '').length;
  return written.replace(/\d/g, (d) => (++seen > total - keep ? d : '•'));
}
