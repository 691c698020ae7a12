// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lastUnansweredCustomerMessage } from '../../lib/sites/last-message';
import { pickAdapter, safeThread } from '../../lib/sites/registry';
import { telegramAdapter } from '../../lib/sites/telegram';
import { fixturePages, click, localTime } from '../fixtures/sites/load';

const open = fixturePages();

describe('Telegram Web K (telegram-k.html)', () => {
  const url = 'https://web.telegram.org/k/#@zernoipar';

  it('is picked and finds the real input, not its measuring clone', () => {
    const page = open('telegram-k.html', url);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['telegram', 'ok']);
    const composer = adapter.composer(page.document)!;
    expect(composer.classList.contains('input-message-input')).toBe(true);
    expect(composer.classList.contains('input-field-input-fake')).toBe(false);
    // Even when the clone comes first in the DOM.
    const fake = page.document.querySelector('.input-field-input-fake')!;
    composer.parentElement!.insertBefore(fake, composer);
    expect(adapter.composer(page.document)).toBe(composer);
  });

  it('reads the group chat: names per bubble group, is-out, data-timestamp, text without time stamps', () => {
    const page = open('telegram-k.html', url);
    const snapshot = safeThread(telegramAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('telegram:k:@zernoipar');
    expect(snapshot.title).toBe('Зерно и Пар — чат гостей');
    expect(snapshot.messages.map((m) => [m.id, m.author, m.direction, m.at])).toEqual([
      ['5001', 'Мария Ким', 'in', '2026-11-23T06:58:00.000Z'],
      ['5002', '', 'out', '2026-11-23T07:05:00.000Z'],
      ['5003', 'Олег Носов', 'in', '2026-11-23T07:12:00.000Z'],
      ['5004', 'Олег Носов', 'in', '2026-11-23T07:14:00.000Z'],
    ]);
    expect(snapshot.messages[1]!.text).toBe('Мария, здравствуйте! Да, овсяное и миндальное есть во всех кофейнях.');
    expect(snapshot.messages[2]!.text).toBe('Заказ через приложение висит уже 40 минут, номер 5521 😕');
    expect(lastUnansweredCustomerMessage(snapshot)?.text).toBe('Где мой заказ? Оплата уже списалась.');
  });

  it('follows hash navigation to a private chat (author = chat title)', () => {
    const page = open('telegram-k.html', url);
    click(page, 'a.chatlist-chat[href="#777000123"]');
    expect(page.url().hash).toBe('#777000123');
    const snapshot = safeThread(telegramAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('telegram:k:777000123');
    expect(snapshot.title).toBe('Игорь Петров');
    expect(snapshot.messages.map((m) => [m.author, m.direction])).toEqual([
      ['Игорь Петров', 'in'],
      ['', 'out'],
      ['Игорь Петров', 'in'],
      ['', 'out'],
    ]);
    expect(lastUnansweredCustomerMessage(snapshot)).toBeUndefined();
  });

  it('has no thread on the chat list without an open chat', () => {
    const page = open('telegram-k.html', 'https://web.telegram.org/k/');
    expect(telegramAdapter.thread(page.document, page.url())).toBeNull();
    expect(pickAdapter(page.url(), page.document)).toMatchObject({ health: 'ok' });
  });
});

describe('Telegram Web A (telegram-a.html)', () => {
  const url = 'https://web.telegram.org/a/#-1001987654321';

  it('reads the group chat: own, sender groups, sticky dates + HH:MM', () => {
    const page = open('telegram-a.html', url);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['telegram', 'ok']);
    expect(adapter.composer(page.document)?.id).toBe('editable-message-text');
    const snapshot = safeThread(adapter, page.document, page.url())!;
    expect(snapshot.id).toBe('telegram:a:-1001987654321');
    expect(snapshot.title).toBe('Зерно и Пар — чат гостей');
    expect(snapshot.messages.map((m) => [m.id, m.author, m.direction, m.at])).toEqual([
      ['8001', 'Мария Ким', 'in', localTime(11, 23, 9, 58)],
      ['8002', '', 'out', localTime(11, 23, 10, 5)],
      ['8003', 'Олег Носов', 'in', localTime(11, 23, 10, 12)],
      ['8004', 'Олег Носов', 'in', localTime(11, 23, 10, 14)],
    ]);
    expect(snapshot.messages[0]!.text).toBe('Подскажите, а в точке на Садовой есть овсяное молоко?');
    expect(lastUnansweredCustomerMessage(snapshot)?.id).toBe('8004');
  });

  it('follows hash navigation; «Сегодня» and «22 ноября» date the messages', () => {
    const page = open('telegram-a.html', url);
    click(page, 'a.ListItem-button[href="#777000123"]');
    const snapshot = safeThread(telegramAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('telegram:a:777000123');
    expect(snapshot.title).toBe('Игорь Петров');
    expect(snapshot.messages.map((m) => m.at)).toEqual([
      localTime(11, 22, 18, 30),
      localTime(11, 22, 18, 41),
      localTime(11, 23, 11, 1),
      localTime(11, 23, 11, 3),
    ]);
    expect(snapshot.messages.map((m) => m.direction)).toEqual(['in', 'out', 'in', 'out']);
  });
});
