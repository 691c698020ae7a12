// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lastUnansweredCustomerMessage } from '../../lib/sites/last-message';
import { linkedinAdapter } from '../../lib/sites/linkedin';
import { mastodonAdapter } from '../../lib/sites/mastodon';
import { pickAdapter, safeThread } from '../../lib/sites/registry';
import { youtubeAdapter } from '../../lib/sites/youtube';
import { FIXTURE_NOW, fixturePages, click, localTime } from '../fixtures/sites/load';

const open = fixturePages();
const hoursAgo = (hours: number) => new Date(FIXTURE_NOW.getTime() - hours * 3_600_000).toISOString();

describe('YouTube comments (youtube.html)', () => {
  const url = 'https://www.youtube.com/watch?v=zRnP4rDemo1';

  it('has a composer only after the placeholder is clicked', () => {
    const page = open('youtube.html', url);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['youtube', 'ok']);
    expect(adapter.composer(page.document)).toBeNull();
    click(page, '#simplebox-placeholder');
    expect(adapter.composer(page.document)?.id).toBe('contenteditable-root');
  });

  it('reads comments and replies; the channel owner (creator badge) is the brand; relative times', () => {
    const page = open('youtube.html', url);
    const snapshot = safeThread(youtubeAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('youtube:zRnP4rDemo1');
    expect(snapshot.title).toBe('Как мы обжариваем зерно | Зерно и Пар');
    expect(snapshot.messages.map((m) => [m.id, m.author, m.direction, m.at])).toEqual([
      ['UgzMaria01AaBbCc', '@mariakim', 'in', hoursAgo(5)],
      ['UgzMaria01AaBbCc.A1reply01', '@zernoipar', 'out', hoursAgo(4)],
      ['UgzOleg0002DdEeFf', '@olegnosov', 'in', hoursAgo(2)],
    ]);
    expect(lastUnansweredCustomerMessage(snapshot)?.text).toBe(
      'Купил у вас пачку эфиопии, а дата обжарки на ней двухмесячная. Это нормально?',
    );
  });

  it('follows navigation to another video', () => {
    const page = open('youtube.html', url);
    click(page, 'ytd-compact-video-renderer a#thumbnail');
    const snapshot = safeThread(youtubeAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('youtube:Q2latteArt9');
    expect(snapshot.title).toBe('Латте-арт за 60 секунд | Зерно и Пар');
    expect(snapshot.messages.map((m) => [m.author, m.direction])).toEqual([
      ['@igorpetrov', 'in'],
      ['@zernoipar', 'out'],
    ]);
    expect(snapshot.messages[0]!.at).toBe(hoursAgo(24));
  });
});

describe('LinkedIn messaging (linkedin.html)', () => {
  const url = 'https://www.linkedin.com/messaging/thread/2-ZmE0YjI1ZDUtYW5uYQ==/';

  it('reads the thread; --other is incoming; names and times carry over a sender group', () => {
    const page = open('linkedin.html', url);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['linkedin', 'ok']);
    expect(adapter.composer(page.document)?.classList.contains('msg-form__contenteditable')).toBe(true);
    const snapshot = safeThread(adapter, page.document, page.url())!;
    expect(snapshot.id).toBe('linkedin:2-ZmE0YjI1ZDUtYW5uYQ==');
    expect(snapshot.title).toBe('Анна Смирнова');
    expect(snapshot.messages.map((m) => [m.author, m.direction, m.at])).toEqual([
      ['Анна Смирнова', 'in', localTime(11, 23, 9, 58)],
      ['Зерно и Пар', 'out', localTime(11, 23, 10, 5)],
      ['Анна Смирнова', 'in', localTime(11, 23, 10, 12)],
      ['Анна Смирнова', 'in', localTime(11, 23, 10, 12)],
    ]);
    expect(lastUnansweredCustomerMessage(snapshot)?.text).toBe('И пришлите, пожалуйста, меню с ценами.');
  });

  it('follows navigation; "Nov 22" + "6:30 PM" dates the other thread', () => {
    const page = open('linkedin.html', url);
    click(page, 'a.msg-conversation-listitem__link[href="/messaging/thread/2-YjdjOTEwMmQtaWdvcg==/"]');
    const snapshot = safeThread(linkedinAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('linkedin:2-YjdjOTEwMmQtaWdvcg==');
    expect(snapshot.messages.map((m) => [m.direction, m.at])).toEqual([
      ['in', localTime(11, 22, 18, 30)],
      ['out', localTime(11, 22, 18, 41)],
    ]);
  });
});

describe('Mastodon on any instance (mastodon.html)', () => {
  const url = 'https://social.zerno.example/@zernoipar/117664225689600000';

  it('is detected by markup on a host nobody listed', () => {
    const page = open('mastodon.html', url);
    expect(mastodonAdapter.matches(page.url())).toBe(false);
    expect(mastodonAdapter.detect?.(page.document)).toBe(true);
    const { adapter, health } = pickAdapter(page.url(), page.document);
    expect([adapter.id, health]).toEqual(['mastodon', 'ok']);
    expect(adapter.composer(page.document)?.classList.contains('autosuggest-textarea__textarea')).toBe(true);
  });

  it('reads the thread; the logged-in account is the brand; the focused status is dated by its id', () => {
    const page = open('mastodon.html', url);
    const snapshot = safeThread(mastodonAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('mastodon:social.zerno.example:117664225689600000');
    expect(snapshot.title.startsWith('@zernoipar: Зимнее меню уже в кофейнях')).toBe(true);
    expect(snapshot.messages.map((m) => [m.id, m.author, m.direction, m.at])).toEqual([
      ['117664225689600000', '@zernoipar', 'out', '2026-11-23T06:00:00.000Z'],
      ['117664469483520000', '@masha@mastodon.social', 'in', '2026-11-23T07:02:00.000Z'],
      ['117664500940800000', '@zernoipar', 'out', '2026-11-23T07:10:00.000Z'],
      ['117664717209600000', '@oleg@fosstodon.org', 'in', '2026-11-23T08:05:00.000Z'],
    ]);
    expect(snapshot.messages[0]!.text).toContain('Подробности: zernoipar.example/menu'); // hidden "https://" left out
    expect(lastUnansweredCustomerMessage(snapshot)?.id).toBe('117664717209600000');
  });

  it('follows navigation to a customer\'s post', () => {
    const page = open('mastodon.html', url);
    click(page, 'a.trends__item');
    expect(page.url().pathname).toBe('/@ivan@mastodon.social/117664815513600000');
    const snapshot = safeThread(mastodonAdapter, page.document, page.url())!;
    expect(snapshot.id).toBe('mastodon:social.zerno.example:117664815513600000');
    expect(snapshot.messages.map((m) => [m.author, m.direction])).toEqual([
      ['@ivan@mastodon.social', 'in'],
      ['@zernoipar', 'out'],
    ]);
  });

  it('is not claimed on pages without the Mastodon app', () => {
    const page = open('generic.html', 'https://support.zernoipar.example/ticket/42');
    expect(mastodonAdapter.detect?.(page.document)).toBe(false);
  });
});
