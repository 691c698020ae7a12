// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lastUnansweredCustomerMessage } from '../../lib/sites/last-message';
import { pickAdapter, safeThread } from '../../lib/sites/registry';
import { xAdapter } from '../../lib/sites/x';
import { fixturePages, click } from '../fixtures/sites/load';

const open = fixturePages();

describe('X post with replies (x-status.html)', () => {
  const url = 'https://x.com/zernoipar/status/1992481234567890001';

  it('is picked and finds the Draft.js reply box', () => {
    const page = open('x-status.html', url);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['x', 'ok']);
    expect(adapter.composer(page.document)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });

  it('reads posts; the logged-in account (@zernoipar) is the brand; quoted posts are not the text', () => {
    const page = open('x-status.html', url);
    const snapshot = safeThread(xAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('x:status:1992481234567890001');
    expect(snapshot.title.startsWith('@zernoipar: Зимнее меню уже в кофейнях')).toBe(true);
    expect(snapshot.messages.map((m) => [m.id, m.author, m.direction, m.at])).toEqual([
      ['1992481234567890001', '@zernoipar', 'out', '2026-11-23T06:00:00.000Z'],
      ['1992481234567890101', '@masha_kim', 'in', '2026-11-23T07:02:00.000Z'],
      ['1992481234567890102', '@zernoipar', 'out', '2026-11-23T07:10:00.000Z'],
      ['1992481234567890103', '@oleg_n', 'in', '2026-11-23T08:05:00.000Z'],
    ]);
    expect(snapshot.messages[2]!.text).toBe('Да, попросите бариста приготовить без сиропа 🙂');
    expect(lastUnansweredCustomerMessage(snapshot)?.text).toBe('Заказ через приложение висит уже 40 минут, номер 5521. Где он?');
  });

  it('without the profile link, the post author in the URL counts as the brand', () => {
    const page = open('x-status.html', url);
    page.document.querySelector('[data-testid="AppTabBar_Profile_Link"]')!.remove();
    const snapshot = xAdapter.thread(page.document, page.url())!;
    expect(snapshot.messages.map((m) => m.direction)).toEqual(['out', 'in', 'out', 'in']);
  });

  it('follows navigation to another post', () => {
    const page = open('x-status.html', url);
    click(page, '[data-testid="sidebarColumn"] a[href*="/status/"]');
    expect(page.url().pathname).toBe('/oleg_n/status/1992481234567890555');
    const snapshot = safeThread(xAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('x:status:1992481234567890555');
    expect(snapshot.messages.map((m) => [m.author, m.direction])).toEqual([
      ['@oleg_n', 'in'],
      ['@zernoipar', 'out'],
    ]);
    expect(xAdapter.composer(page.document)?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });
});

describe('X chat (x-dm.html)', () => {
  const url = 'https://x.com/i/chat/1500000000000000001-1600000000000000002';

  it('reads the chat; sides come from the row alignment', () => {
    const page = open('x-dm.html', url);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['x', 'ok']);
    expect(adapter.composer(page.document)?.tagName).toBe('TEXTAREA');
    const snapshot = safeThread(adapter, page.document, page.url())!;
    expect(snapshot.id).toBe('x:chat:1500000000000000001-1600000000000000002');
    expect(snapshot.title).toBe('Анна Смирнова');
    expect(snapshot.messages.map((m) => [m.id, m.direction])).toEqual([
      ['0b8f7c1e-2a44-4f0e-9d7a-1f2e3d4c5b61', 'in'],
      ['1c9e8d2f-3b55-4a1f-8e8b-2a3f4e5d6c72', 'out'],
      ['2daf9e30-4c66-4b20-9f9c-3b405f6e7d83', 'in'],
    ]);
    expect(snapshot.messages.every((m) => m.at === null)).toBe(true); // X shows no machine-readable time here
    expect(lastUnansweredCustomerMessage(snapshot)?.text).toBe('Отправила. Когда ждать возврат?');
  });

  it('follows navigation to another chat', () => {
    const page = open('x-dm.html', url);
    click(page, 'a[data-testid="dm-conversation-item-1500000000000000001:1600000000000000003"]');
    const snapshot = safeThread(xAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('x:chat:1500000000000000001-1600000000000000003');
    expect(snapshot.title).toBe('Игорь Петров');
    expect(snapshot.messages.map((m) => m.direction)).toEqual(['in', 'out']);
  });

  it('names legacy DMs by their user pair and ignores chat pages that are not conversations', () => {
    const page = open('x-dm.html', url);
    expect(xAdapter.thread(page.document, new URL('https://twitter.com/messages/111-222'))?.id).toBe('x:dm:111-222');
    expect(xAdapter.thread(page.document, new URL('https://x.com/i/chat/requests'))).toBeNull();
    expect(xAdapter.thread(page.document, new URL('https://x.com/home'))).toBeNull();
  });
});
