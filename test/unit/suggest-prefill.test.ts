import { describe, expect, it } from 'vitest';
import {
  placeholderKind,
  prefillPlaceholders,
  PREFILL_VALUE_LIMIT,
} from '../../lib/engine/suggest/prefill';
import { placeholderPatternProblem } from '../../lib/engine/suggest/prefill-pattern';

const values = (fields: string[], message: string, extra: { customerName?: string; patterns?: Record<string, { pattern: string }> } = {}) =>
  Object.fromEntries(Object.entries(prefillPlaceholders({ fields, message, ...extra })).map(([k, v]) => [k, v.value]));

describe('placeholderKind', () => {
  it('knows ru and en names', () => {
    expect(['имя', 'name', 'клиент', 'customer_name'].map(placeholderKind)).toEqual(['name', 'name', 'name', 'name']);
    expect(['номер_заказа', 'order', 'заказ', 'order-number'].map(placeholderKind)).toEqual(['order', 'order', 'order', 'order']);
    expect(['телефон', 'phone', 'email', 'почта', 'дата', 'date', 'трек', 'tracking'].map(placeholderKind)).toEqual([
      'phone', 'phone', 'email', 'email', 'date', 'date', 'tracking', 'tracking',
    ]);
    expect(placeholderKind('discount')).toBeUndefined();
  });
});

describe('prefillPlaceholders', () => {
  it('finds a Russian order number and the name from the adapter', () => {
    const result = prefillPlaceholders({ fields: ['имя', 'заказ'], message: 'Здравствуйте, заказ №45821 не пришёл', customerName: 'Анна Петрова' });
    expect(result).toEqual({ имя: { value: 'Анна', source: 'adapter' }, заказ: { value: '45821', source: 'message' } });
  });

  it('finds an English order number with letters', () => {
    expect(values(['order'], "Hi, order #A-1234 hasn't arrived")).toEqual({ order: 'A-1234' });
  });

  it('proposes no name when the adapter knows none', () => {
    expect(values(['name', 'order'], 'заказ 12345')).toEqual({ order: '12345' });
  });

  it.each([
    ['+7 (912) 345-67-89', '+7 912 345 67 89'],
    ['8 912 345 67 89', '+7 912 345 67 89'],
    ['+79123456789', '+7 912 345 67 89'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
  ])('finds the phone %s', (phone, expected) => {
    expect(values(['телефон'], `Мой номер ${phone}, перезвоните`)).toEqual({ телефон: expected });
  });

  it('finds an e-mail, a date and a tracking number', () => {
    const message = 'Пишите на anna.p@example.com, посылка RA123456789RU ушла 12.03.2026';
    expect(values(['email', 'дата', 'трек'], message)).toEqual({ email: 'anna.p@example.com', дата: '12.03.2026', трек: 'RA123456789RU' });
  });

  it('uses the pack pattern for its placeholder', () => {
    const patterns = { ticket: { pattern: 'тикет\\s*(T-\\d+)' } };
    expect(values(['ticket'], 'По тикету T-778 нет ответа', { patterns })).toEqual({});
    expect(values(['ticket'], 'Тикет T-778, нет ответа', { patterns })).toEqual({ ticket: 'T-778' });
  });

  it('a pack pattern overrides the built-in extractor', () => {
    const patterns = { order: { pattern: 'ref:(\\w+)' } };
    expect(values(['order'], 'order #12345 ref:ZX9', { patterns })).toEqual({ order: 'ZX9' });
  });

  it('is bounded on hostile and huge input', () => {
    const huge = 'a'.repeat(1_000_000) + ' заказ №999';
    const start = performance.now();
    expect(values(['order', 'phone', 'email', 'date', 'трек'], huge)).toEqual({});
    const hostile = '@'.repeat(50_000) + '1'.repeat(50_000) + '.'.repeat(50_000);
    expect(values(['email', 'order', 'phone', 'x'], hostile, { patterns: { x: { pattern: '(a+)+b' } } })).toEqual({});
    expect(performance.now() - start).toBeLessThan(2000);
    const long = `заказ №${'1'.repeat(1000)}`;
    expect(values(['order'], long).order!.length).toBeLessThanOrEqual(PREFILL_VALUE_LIMIT);
  });
});

describe('placeholderPatternProblem', () => {
  it('accepts a pattern with one group', () => {
    expect(placeholderPatternProblem('ticket', 'T-(\\d+)')).toBeUndefined();
  });
  it.each([
    ['(a', /\{ticket\}.*invalid pattern/],
    ['T-\\d+', /\{ticket\}.*exactly one group/],
    ['(a)(b)', /exactly one group/],
    ['(a)\\1', /backreferences/],
    ['(?=a)(a)', /lookahead/],
    ['(a{1000}){1000}', /too large|invalid/],
    ['x'.repeat(600) + '(a)', /longer than/],
    ['(a*)', /empty text/],
  ])('rejects %s', (pattern, message) => {
    expect(placeholderPatternProblem('ticket', pattern)).toMatch(message);
  });
});
