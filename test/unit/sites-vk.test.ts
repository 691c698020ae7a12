// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { lastUnansweredCustomerMessage } from '../../lib/sites/last-message';
import { pickAdapter, safeThread } from '../../lib/sites/registry';
import { SNAPSHOT_MESSAGE_LIMIT } from '../../lib/sites/shared/snapshot';
import { vkAdapter } from '../../lib/sites/vk';
import { fixturePages, click, localTime } from '../fixtures/sites/load';
import { longVkThreadHtml, messageText } from '../fixtures/sites/long-thread';

const open = fixturePages();

describe('VK new messenger (vk-convo.html)', () => {
  it('is picked with healthy markup and finds the composer', () => {
    const page = open('vk-convo.html', 'https://vk.com/im/convo/123456789');
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['vk', 'ok']);
    const composer = adapter.composer(page.document);
    expect(composer?.classList.contains('ConvoComposer__input')).toBe(true);
  });

  it('reads id, title, directions, authors, times and the own text of replies', () => {
    const page = open('vk-convo.html', 'https://vk.com/im/convo/123456789');
    const snapshot = safeThread(vkAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('vk:convo_123456789');
    expect(snapshot.title).toBe('Анна Смирнова');
    expect(snapshot.messages.map((m) => [m.id, m.direction, m.author])).toEqual([
      ['1001', 'in', 'Анна Смирнова'],
      ['1002', 'out', 'Зерно и Пар'],
      ['1003', 'in', 'Анна Смирнова'],
      ['1004', 'in', 'Анна Смирнова'], // inherits the stack's header
    ]);
    expect(snapshot.messages.map((m) => m.at)).toEqual([
      localTime(11, 23, 9, 58),
      localTime(11, 23, 10, 5),
      localTime(11, 23, 10, 12),
      localTime(11, 23, 10, 14),
    ]);
    expect(snapshot.messages[2]!.text).toBe('Вот чек 👇'); // not the quoted brand message
    expect(lastUnansweredCustomerMessage(snapshot)?.text).toBe(
      'Когда ждать возврат? И ещё: у вас есть овсяное молоко в точке на Садовой?',
    );
  });

  it('follows single-page navigation to another conversation', () => {
    const page = open('vk-convo.html', 'https://vk.com/im/convo/123456789');
    click(page, 'a.ConvoListItem[data-peer-id="987654321"]');
    expect(page.url().pathname).toBe('/im/convo/987654321');
    const snapshot = safeThread(vkAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('vk:convo_987654321');
    expect(snapshot.title).toBe('Игорь Петров');
    expect(snapshot.messages.map((m) => m.id)).toEqual(['2001', '2002', '2003', '2004']);
    expect(snapshot.messages[0]!.at).toBe(localTime(11, 22, 18, 30));
    expect(snapshot.messages[2]!.at).toBe(localTime(11, 23, 11, 1)); // «сегодня»
    expect(lastUnansweredCustomerMessage(snapshot)).toBeUndefined(); // the brand answered last
  });

  it('keeps community inboxes apart from the personal one', () => {
    const page = open('vk-convo.html', 'https://vk.com/gim123456/convo/123456789');
    expect(vkAdapter.thread(page.document, page.url())?.id).toBe('vk:gim123456_convo_123456789');
  });
});

describe('VK with renamed markup (vk-convo-renamed.html)', () => {
  it('degrades to the generic adapter with "markup-not-recognised"', () => {
    const page = open('vk-convo-renamed.html', 'https://vk.com/im/convo/123456789');
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect(adapter.id).toBe('generic');
    expect(health).toBe('markup-not-recognised');
    expect(adapter.composer(page.document)?.getAttribute('role')).toBe('textbox');
    const snapshot = safeThread(adapter, page.document, page.url());
    expect(snapshot).toMatchObject({ id: 'generic:https://vk.com/im/convo/123456789' });
    // Generic mode: at most the nearest message above the reply box, taken as the customer's.
    expect(snapshot!.messages.length).toBeLessThanOrEqual(1);
    expect(snapshot!.messages.every((m) => m.direction === 'in' && m.at === null)).toBe(true);
  });
});

describe('VK legacy messenger (vk-legacy.html)', () => {
  it('reads the dialog and follows navigation to a group chat (c12 → 2000000012)', () => {
    const page = open('vk-legacy.html', 'https://vk.com/im?sel=123456789');
    expect(pickAdapter(page.url(), page.document).health).toBe('ok');
    const snapshot = safeThread(vkAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('vk:convo_123456789');
    expect(snapshot.messages.map((m) => [m.direction, m.author])).toEqual([
      ['in', 'Анна Смирнова'],
      ['out', 'Зерно и Пар'],
      ['in', 'Анна Смирнова'],
    ]);
    expect(snapshot.messages[0]!.at).toBe('2026-11-23T06:58:00.000Z');
    expect(vkAdapter.composer(page.document)?.classList.contains('im_editable')).toBe(true);
    click(page, 'a._im_dialog[href="/im?sel=c12"]');
    const chat = safeThread(vkAdapter, page.document, page.url())!;
    expect(chat.id).toBe('vk:convo_2000000012');
    expect(chat.title).toBe('Бариста — смена');
  });
});

describe('VK wall comments (vk-wall.html)', () => {
  it('reads comments with replies nested in threads; the community is the brand', () => {
    const page = open('vk-wall.html', 'https://vk.com/wall-123456_789');
    expect(pickAdapter(page.url(), page.document)).toMatchObject({ health: 'ok' });
    const snapshot = safeThread(vkAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('vk:wall-123456_789');
    expect(snapshot.title.startsWith('Зимнее меню уже в кофейнях')).toBe(true);
    expect(snapshot.messages.map((m) => [m.id, m.author, m.direction, m.at])).toEqual([
      ['101', 'Мария Ким', 'in', localTime(11, 23, 10, 2)],
      ['102', 'Зерно и Пар', 'out', localTime(11, 23, 10, 10)],
      ['103', 'Олег Носов', 'in', localTime(11, 23, 11, 20)],
    ]);
    expect(snapshot.messages[0]!.text).toBe('А зимнее меню будет в точке на Садовой?'); // not the nested reply
    expect(lastUnansweredCustomerMessage(snapshot)?.id).toBe('103');
    expect(vkAdapter.composer(page.document)?.getAttribute('data-testid')).toBe('content-editable-input');
  });

  it('follows navigation to another post', () => {
    const page = open('vk-wall.html', 'https://vk.com/wall-123456_789');
    click(page, 'a.PostPreview__link');
    const snapshot = safeThread(vkAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('vk:wall-123456_790');
    expect(snapshot.messages.map((m) => m.direction)).toEqual(['in', 'out']);
    expect(snapshot.messages[0]!.at).toBe(localTime(11, 22, 18, 30));
  });

  it('reads a post opened as a layer over the community page', () => {
    const page = open('vk-wall.html', 'https://vk.com/zernoipar?w=wall-123456_789');
    expect(vkAdapter.thread(page.document, page.url())?.id).toBe('vk:wall-123456_789');
  });
});

describe('VK long thread (long-thread.ts)', () => {
  it('reads only the newest messages of 5,000, quickly', () => {
    const page = open('long', 'https://vk.com/im/convo/123456789', longVkThreadHtml(5000));
    expect(page.document.querySelectorAll('article.ConvoMessage').length).toBe(5000);
    const started = performance.now();
    const snapshot = safeThread(vkAdapter, page.document, page.url())!;
    const elapsed = performance.now() - started;
    expect(snapshot.messages).toHaveLength(SNAPSHOT_MESSAGE_LIMIT);
    expect(snapshot.messages.at(-1)).toMatchObject({ id: '104999', direction: 'in', text: messageText(4999, 5000) });
    expect(snapshot.messages.at(-1)!.at).toBe(localTime(11, 23, 9 + Math.floor((99 * 5) / 60), (99 * 5) % 60));
    expect(lastUnansweredCustomerMessage(snapshot)?.id).toBe('104999');
    expect(elapsed).toBeLessThan(500); // typically a few ms; generous for slow CI
  });

  it('sees messages streamed in by the page', async () => {
    vi.useRealTimers();
    const page = open('long', 'https://vk.com/im/convo/123456789', longVkThreadHtml(300));
    const append = (page.window as unknown as { __appendMessages(n: number, ms?: number): Promise<string> }).__appendMessages;
    const lastKey = await append(25, 1);
    const snapshot = safeThread(vkAdapter, page.document, page.url())!;
    expect(snapshot.messages.at(-1)).toMatchObject({ id: lastKey, text: `Новое сообщение ${lastKey}`, direction: 'in' });
    expect(snapshot.messages).toHaveLength(SNAPSHOT_MESSAGE_LIMIT);
  });
});
