// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lastUnansweredCustomerMessage } from '../../lib/sites/last-message';
import { facebookAdapter } from '../../lib/sites/facebook';
import { instagramAdapter } from '../../lib/sites/instagram';
import { pickAdapter, safeThread } from '../../lib/sites/registry';
import { fixturePages, click, localTime } from '../fixtures/sites/load';

const open = fixturePages();

describe('Instagram Direct (instagram-dm.html)', () => {
  const url = 'https://www.instagram.com/direct/t/340282366841710300949128171234567890/';

  it('is picked, finds the Lexical composer, reads texts and time rows', () => {
    const page = open('instagram-dm.html', url);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['instagram', 'ok']);
    expect(adapter.composer(page.document)?.getAttribute('data-lexical-editor')).toBe('true');
    const snapshot = safeThread(adapter, page.document, page.url())!;
    expect(snapshot.id).toBe('instagram:dm:340282366841710300949128171234567890');
    expect(snapshot.title).toBe('Анна Смирнова');
    expect(snapshot.messages.map((m) => m.text)).toEqual([
      'Здравствуйте! В чеке пробили два капучино вместо одного. Можно вернуть деньги за второй?',
      'Здравствуйте, Анна! Пришлите, пожалуйста, фото чека — вернём разницу.',
      'Отправила фото. Когда ждать возврат?',
    ]);
    expect(snapshot.messages.map((m) => m.at)).toEqual([
      localTime(11, 23, 9, 58),
      localTime(11, 23, 9, 58),
      localTime(11, 23, 10, 14),
    ]);
    // Instagram has no side marker: direction needs layout (see sites-shared.test.ts, directionByGeometry).
    // happy-dom has none, so every row stays unjudged and counts as the customer's.
    expect(new Set(snapshot.messages.map((m) => m.direction))).toEqual(new Set(['in']));
  });

  it('follows navigation to another thread', () => {
    const page = open('instagram-dm.html', url);
    click(page, 'a[href="/direct/t/340282366841710300949128179876543210/"]');
    const snapshot = safeThread(instagramAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('instagram:dm:340282366841710300949128179876543210');
    expect(snapshot.title).toBe('Игорь Петров');
    expect(snapshot.messages).toHaveLength(2);
  });

  it('names post comment threads by the post code', () => {
    const page = open('instagram-dm.html', url);
    expect(instagramAdapter.thread(page.document, new URL('https://www.instagram.com/p/DCx1aBcDeF/'))?.id).toBe(
      'instagram:post:DCx1aBcDeF',
    );
    expect(instagramAdapter.thread(page.document, new URL('https://www.instagram.com/zernoipar/'))).toBeNull();
  });
});

describe('Messenger on Facebook (facebook-messenger.html)', () => {
  const url = 'https://www.facebook.com/messages/t/100012345678901';

  it('reads the chat; "Вы отправили" headings mark the user\'s runs', () => {
    const page = open('facebook-messenger.html', url);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['facebook', 'ok']);
    expect(adapter.composer(page.document)?.getAttribute('aria-label')).toBe('Сообщение');
    const snapshot = safeThread(adapter, page.document, page.url())!;
    expect(snapshot.id).toBe('facebook:dm:100012345678901');
    expect(snapshot.title).toBe('Анна Смирнова');
    expect(snapshot.messages.map((m) => [m.direction, m.author])).toEqual([
      ['in', 'Анна Смирнова'],
      ['in', 'Анна Смирнова'], // same run as the heading before it
      ['out', ''],
      ['in', 'Анна Смирнова'],
    ]);
    expect(snapshot.messages[3]!.at).toBe(localTime(11, 23, 10, 14));
    expect(lastUnansweredCustomerMessage(snapshot)?.text).toBe('Отправила фото. Когда ждать возврат?');
  });

  it('follows navigation to another chat', () => {
    const page = open('facebook-messenger.html', url);
    click(page, 'a[href="/messages/t/100098765432109/"]');
    const snapshot = safeThread(facebookAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('facebook:dm:100098765432109');
    expect(snapshot.title).toBe('Игорь Петров');
    expect(lastUnansweredCustomerMessage(snapshot)).toBeUndefined();
  });

  it('uses the same thread ids on messenger.com and for e2ee chats; posts by their story id', () => {
    const page = open('facebook-messenger.html', url);
    const idOf = (href: string) => facebookAdapter.thread(page.document, new URL(href))?.id;
    expect(idOf('https://www.messenger.com/t/100012345678901/')).toBe('facebook:dm:100012345678901');
    expect(idOf('https://www.facebook.com/messages/e2ee/t/7788990011')).toBe('facebook:dm:7788990011');
    expect(idOf('https://www.facebook.com/zernoipar/posts/pfbid02AbCdEf')).toBe('facebook:post:pfbid02AbCdEf');
    expect(idOf('https://www.facebook.com/permalink.php?story_fbid=12345&id=678')).toBe('facebook:post:12345');
  });
});
