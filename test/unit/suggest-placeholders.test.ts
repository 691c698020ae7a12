import { describe, expect, it } from 'vitest';
import { fillPlaceholders, findPlaceholders } from '../../lib/engine/suggest/placeholders';

describe('findPlaceholders', () => {
  it('lists each placeholder once, in order of appearance', () => {
    expect(findPlaceholders('Здравствуйте, {name}! Заказ {order}. {name}, {имя_клиента}')).toEqual([
      'name',
      'order',
      'имя_клиента',
    ]);
  });

  it('ignores braces that are not placeholders', () => {
    expect(findPlaceholders('JSON {"a": 1}, пусто {}, пробел { name }')).toEqual([]);
  });
});

describe('fillPlaceholders', () => {
  it('fills known values and reports the missing ones, left in place', () => {
    const result = fillPlaceholders('Привет, {name}! Заказ {order} приедет {date}. {order}', { name: 'Анна', date: ' ' });
    expect(result.text).toBe('Привет, Анна! Заказ {order} приедет {date}. {order}');
    expect(result.missing).toEqual(['order', 'date']);
  });

  it('does not take values from the object prototype', () => {
    expect(fillPlaceholders('{toString}', {}).missing).toEqual(['toString']);
  });

  it('inserts values literally, even ones that look like placeholders or $-patterns', () => {
    expect(fillPlaceholders('{a} {b}', { a: '{b}', b: '$&' }).text).toBe('{b} $&');
  });
});
