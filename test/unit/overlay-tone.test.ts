import { describe, expect, it } from 'vitest';
import { auditExcerpt } from '../../components/overlay/tone/audit-excerpt';
import { excerptAround } from '../../components/overlay/tone/excerpt';
import { placeStrip } from '../../components/overlay/tone/strip-placement';

describe('finding excerpts', () => {
  it('keeps the whole draft when it is short', () => {
    expect(excerptAround('Мы гарантируем доставку', 3, 14)).toEqual({ before: 'Мы ', match: 'гарантируем', after: ' доставку' });
  });

  it('cuts long drafts at words, with ellipses, on one line', () => {
    const text = 'Добрый день! Спасибо, что написали нам сегодня.\nВаша карта 4111 1111 1111 1111 принята, заказ оформлен и передан курьеру';
    const start = text.indexOf('4111');
    const parts = excerptAround(text, start, start + 19);
    expect(parts.match).toBe('4111 1111 1111 1111');
    expect(parts.before.startsWith('…')).toBe(true);
    expect(parts.before).not.toContain('\n');
    expect(parts.before.endsWith('Ваша карта ')).toBe(true);
    expect(parts.after.endsWith('…')).toBe(true);
  });

  it('never splits an emoji', () => {
    const text = '😀'.repeat(20) + 'ТЫ' + '😀'.repeat(20);
    const { before, after } = excerptAround(text, 40, 42);
    expect(before.replace('…', '')).toMatch(/^(?:\p{Extended_Pictographic})*$/u);
    expect(after.replace('…', '')).toMatch(/^(?:\p{Extended_Pictographic})*$/u);
  });
});

describe('audit excerpts', () => {
  it('mask personal data but its last four letters or digits (punctuation stays)', () => {
    const text = 'карта 4111 1111 1111 1111';
    expect(auditExcerpt({ category: 'pii.card', start: 6, end: 25 }, text)).toBe('•••• •••• •••• 1111');
    expect(auditExcerpt({ category: 'pii.email', start: 0, end: 16 }, 'anna@example.com')).toBe('••••@••••••e.com');
  });

  it('keep other findings as written, at most 200 characters', () => {
    expect(auditExcerpt({ category: 'overpromise', start: 3, end: 14 }, 'Мы гарантируем')).toBe('гарантируем');
    expect(auditExcerpt({ category: 'length', start: 0, end: 500 }, 'x'.repeat(500))).toHaveLength(200);
  });
});

describe('the findings strip', () => {
  const viewport = { width: 1280, height: 800 };

  it('hangs under the composer, as wide as it within limits', () => {
    const placed = placeStrip({ left: 360, top: 400, right: 920, bottom: 500 }, 120, viewport);
    expect(placed).toMatchObject({ left: 360, top: 508, width: 480 });
  });

  it('goes above a composer at the bottom of the viewport', () => {
    const placed = placeStrip({ left: 20, top: 700, right: 300, bottom: 780 }, 120, viewport);
    expect(placed.top + 120).toBeLessThanOrEqual(700);
    expect(placed.width).toBe(280);
  });

  it('stays inside a narrow viewport', () => {
    const placed = placeStrip({ left: 200, top: 100, right: 400, bottom: 150 }, 80, { width: 300, height: 600 });
    expect(placed.left).toBeGreaterThanOrEqual(8);
    expect(placed.left + placed.width).toBeLessThanOrEqual(292);
  });
});

describe('the findings strip and the send button', () => {
  it('goes above the composer rather than cover the send button under it', () => {
    const composer = { left: 360, top: 320, right: 920, bottom: 430 };
    const sendButton = { left: 360, top: 465, right: 920, bottom: 490 };
    const placed = placeStrip(composer, 150, { width: 1280, height: 800 }, [sendButton]);
    expect(placed.top + 150).toBeLessThanOrEqual(composer.top);
  });
});

describe('one-line finding messages', () => {
  it('drop a leading quote of the flagged words, shown just before them', async () => {
    const { shortMessage } = await import('../../components/overlay/tone/short-message');
    expect(shortMessage('«напиши» — обращение на «ты», а бренд общается на «вы».', 'напиши')).toBe('— обращение на «ты», а бренд общается на «вы».');
    expect(shortMessage('"!!!": one mark is enough.', '!!!')).toBe('one mark is enough.');
    expect(shortMessage('"ВНИМАНИЕ" in capitals reads as shouting.', 'ВНИМАНИЕ')).toBe('in capitals reads as shouting.');
    // Other words quoted, or no quote at all: the message stays whole.
    expect(shortMessage('«гарантируем возврат» — обещание.', 'гарантируем')).toBe('«гарантируем возврат» — обещание.');
    expect(shortMessage('Номер карты в публичном ответе.', '4111 1111 1111 1111')).toBe('Номер карты в публичном ответе.');
    expect(shortMessage('«да»', 'да')).toBe('«да»');
  });
});
