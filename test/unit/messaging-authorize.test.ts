import { describe, expect, it } from 'vitest';
import { authorize, CONTENT_SCRIPT_REQUESTS, type Sender } from '../../lib/messaging/authorize';
import { RequestSchema, type Request, type RequestInput } from '../../lib/schema/messages';
import { MAX_SNAPSHOT_MESSAGES, ThreadSnapshotSchema } from '../../lib/schema/thread';
import { SITE_MATCHES } from '../../lib/sites/hosts';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import { SNAPSHOT_MESSAGE_LIMIT } from '../../lib/sites/shared/snapshot';
import { openableUrl } from '../../lib/web-url';

/**
 * Point 3 of the hardening issue, rule by rule: the background accepts messages only from this
 * extension, and a content script only about its own page.
 */
const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const UUID = '3b241101-e2bb-4255-8caf-4136c566a962';

const extensionPage: Sender = { id: SELF.id, url: `${SELF.origin}options.html` };
const contentScript = (url: string): Sender => ({ id: SELF.id, url, frameId: 0, tab: { id: 7, url } });
const VK = contentScript('https://vk.com/im/convo/42');
const EVIL = contentScript('https://evil.example/page');

const parse = (input: RequestInput): Request => RequestSchema.parse(input);
const verdictOf = (input: RequestInput, sender: Sender) => authorize(parse(input), sender, SELF);
const allowed = (input: RequestInput, sender: Sender) => verdictOf(input, sender).ok;

const snapshot = (over: Record<string, unknown> = {}) => ({
  id: 'vk:convo_42',
  site: 'vk',
  title: 'Anna',
  url: 'https://vk.com/im/convo/42',
  messages: [{ id: 'm1', author: 'Anna', direction: 'in' as const, at: '2026-11-20T10:00:00Z', text: 'Где мой заказ?' }],
  ...over,
});

/** One valid request of each type, about the VK thread vk:convo_42. */
const EVERY_REQUEST: RequestInput[] = [
  { type: 'suggest', text: 'где заказ', platform: 'vk' },
  { type: 'pick', clientId: UUID, packId: 'p', replyId: 'r', text: 'где заказ', platform: 'vk' },
  { type: 'tone.context', threadId: 'vk:convo_42' },
  { type: 'tone.ignore', scope: 'thread', threadId: 'vk:convo_42', key: 'k', ruleId: 'r', category: 'shouting', text: 'x' },
  { type: 'tone.sendAnyway', clientId: UUID, threadId: 'vk:convo_42', url: 'https://vk.com/im/convo/42', findings: [] },
  { type: 'overlay.settings' },
  { type: 'thread.snapshot', snapshot: snapshot(), platform: 'vk' },
  { type: 'thread.get', threadId: 'vk:convo_42' },
  { type: 'thread.action', threadId: 'vk:convo_42', action: { kind: 'answered' } },
  { type: 'sla.recompute' },
  { type: 'settings.save', changes: { suggestionsCount: 3 } },
  { type: 'settings.pull' },
  { type: 'library.updatePack', id: 'p', changes: { enabled: false } },
  { type: 'library.deletePack', id: 'p' },
  { type: 'site.status', url: 'https://vk.com/' },
  { type: 'site.enable', url: 'https://example.org/', tabId: 3 },
  { type: 'site.disable', url: 'https://example.org/' },
];

describe('only this extension', () => {
  it('refuses another extension and a sender without an id, for every request', () => {
    for (const request of EVERY_REQUEST) {
      expect(allowed(request, { ...extensionPage, id: 'someoneelseentirelyxxxxxxxxxxxxx' })).toBe(false);
      expect(allowed(request, { ...VK, id: undefined })).toBe(false);
    }
  });

  it('lets the extension’s own pages send everything (options, popup, side panel, queue)', () => {
    for (const request of EVERY_REQUEST) expect(verdictOf(request, extensionPage)).toEqual({ ok: true });
    // The options page opened in a tab has a tab, and is still an extension page.
    expect(allowed({ type: 'sla.recompute' }, { ...extensionPage, tab: { id: 3, url: extensionPage.url } })).toBe(true);
  });

  it('refuses a sender without an address', () => {
    expect(allowed({ type: 'overlay.settings' }, { id: SELF.id })).toBe(false);
  });
});

describe('a content script', () => {
  it('may send the overlay’s requests about its own page', () => {
    const mine = EVERY_REQUEST.filter((r) => CONTENT_SCRIPT_REQUESTS.has(r.type));
    expect(mine.map((r) => r.type).sort()).toEqual(
      ['overlay.settings', 'pick', 'suggest', 'thread.action', 'thread.get', 'thread.snapshot', 'tone.context', 'tone.ignore', 'tone.sendAnyway'],
    );
    for (const request of mine) expect(verdictOf(request, VK)).toEqual({ ok: true });
  });

  it('never sends site switches, settings changes, imports or recompute', () => {
    for (const type of ['site.status', 'site.enable', 'site.disable', 'sla.recompute', 'settings.save', 'settings.pull', 'library.updatePack', 'library.deletePack'] as const) {
      const request = EVERY_REQUEST.find((r) => r.type === type)!;
      const verdict = verdictOf(request, VK);
      expect(verdict.ok, type).toBe(false);
    }
  });

  it('is refused from a sub-frame and from a page that is not http(s)', () => {
    expect(allowed({ type: 'overlay.settings' }, { ...VK, frameId: 3 })).toBe(false);
    expect(allowed({ type: 'overlay.settings' }, contentScript('file:///home/user/page.html'))).toBe(false);
    expect(allowed({ type: 'overlay.settings' }, contentScript('data:text/html,hi'))).toBe(false);
  });

  it('asks for suggestions and records picks only for its own site’s platform (generic and Mastodon anywhere)', () => {
    expect(allowed({ type: 'suggest', text: 'x', platform: 'vk' }, VK)).toBe(true);
    expect(allowed({ type: 'suggest', text: 'x', platform: 'vk' }, EVIL)).toBe(false);
    expect(allowed({ type: 'pick', clientId: UUID, packId: 'p', replyId: 'r', text: 'x', platform: 'x' }, VK)).toBe(false);
    expect(allowed({ type: 'pick', clientId: UUID, packId: 'p', replyId: 'r', text: 'x', platform: 'generic' }, EVIL)).toBe(true);
    expect(allowed({ type: 'suggest', text: 'x', platform: 'mastodon' }, EVIL)).toBe(true);
    expect(allowed({ type: 'suggest', text: 'x', platform: 'vk' }, contentScript('https://m.vk.com/mail'))).toBe(true);
  });

  it('reads and acts on its own site’s threads only', () => {
    expect(allowed({ type: 'thread.get', threadId: 'vk:convo_42' }, EVIL)).toBe(false);
    expect(allowed({ type: 'thread.get', threadId: 'telegram:k:@shop' }, VK)).toBe(false);
    expect(allowed({ type: 'thread.action', threadId: 'vk:convo_42', action: { kind: 'snooze', minutes: 30 } }, EVIL)).toBe(false);
    expect(allowed({ type: 'tone.ignore', scope: 'always', threadId: 'x:status:1', key: 'k', ruleId: 'r', category: 'c', text: 't' }, VK)).toBe(false);
    expect(allowed({ type: 'tone.context', threadId: 'vk:convo_1' }, EVIL)).toBe(false);
    expect(allowed({ type: 'tone.context', threadId: '' }, EVIL)).toBe(true);
    expect(allowed({ type: 'thread.get', threadId: 'no-site-prefix' }, VK)).toBe(false);
  });

  it('generic thread ids must be the page’s own origin, Mastodon ids its own host', () => {
    const page = contentScript('http://127.0.0.1:5173/inbox');
    expect(allowed({ type: 'thread.get', threadId: 'generic:http://127.0.0.1:5173/inbox' }, page)).toBe(true);
    expect(allowed({ type: 'thread.get', threadId: 'generic:http://127.0.0.1:5173/other' }, page)).toBe(true);
    expect(allowed({ type: 'thread.get', threadId: 'generic:http://127.0.0.1:9999/inbox' }, page)).toBe(false);
    expect(allowed({ type: 'thread.get', threadId: 'generic:https://vk.com.evil.example/x' }, VK)).toBe(false);
    const mastodon = contentScript('https://social.example/@shop/1');
    expect(allowed({ type: 'thread.get', threadId: 'mastodon:social.example:1' }, mastodon)).toBe(true);
    expect(allowed({ type: 'thread.get', threadId: 'mastodon:mastodon.social:1' }, mastodon)).toBe(false);
  });

  it('sends snapshots of its own page only: id of the site, platform of the site, address on the page’s host', () => {
    const send = (over: Record<string, unknown>, platform: 'vk' | 'x' | 'generic' = 'vk') =>
      allowed({ type: 'thread.snapshot', snapshot: snapshot(over), platform }, VK);
    expect(send({})).toBe(true);
    expect(send({ id: 'telegram:k:1' })).toBe(false);
    expect(send({ id: 'x:status:1', site: 'x' }, 'x')).toBe(false);
    expect(send({}, 'generic')).toBe(false);
    expect(send({ url: 'https://evil.example/im/convo/42' })).toBe(false);
    expect(send({ id: 'generic:https://vk.com/feed', site: 'generic', url: 'https://vk.com/feed' }, 'generic')).toBe(true);
  });

  it('audit records and manual timers carry addresses of the page’s own site', () => {
    const anyway = (url: string) => ({ type: 'tone.sendAnyway' as const, clientId: UUID, threadId: 'vk:convo_42', url, findings: [] });
    expect(allowed(anyway('https://evil.example/'), VK)).toBe(false);
    const seed = (url: string, platform: 'vk' | 'x' = 'vk') => ({
      type: 'thread.action' as const,
      threadId: 'vk:convo_42',
      action: { kind: 'start' as const },
      seed: { site: 'vk', platform, title: 't', url },
    });
    expect(allowed(seed('https://vk.com/im/convo/42'), VK)).toBe(true);
    expect(allowed(seed('https://evil.example/'), VK)).toBe(false);
    expect(allowed(seed('https://vk.com/im/convo/42', 'x'), VK)).toBe(false);
  });
});

describe('snapshot and address limits (schemas)', () => {
  const valid = (over: Record<string, unknown>) => ThreadSnapshotSchema.safeParse(snapshot(over)).success;
  const message = (i: number, text = 'x') => ({ id: `m${i}`, direction: 'in', at: null, text });

  it('caps messages, their texts, the site name and the address', () => {
    expect(valid({})).toBe(true);
    expect(valid({ messages: Array.from({ length: MAX_SNAPSHOT_MESSAGES }, (_, i) => message(i)) })).toBe(true);
    expect(valid({ messages: Array.from({ length: MAX_SNAPSHOT_MESSAGES + 1 }, (_, i) => message(i)) })).toBe(false);
    expect(valid({ messages: [message(1, 'x'.repeat(20_001))] })).toBe(false);
    // 200 messages of 20,000 characters each would be 4 MB: the whole snapshot is capped at 1 MB of text.
    expect(valid({ messages: Array.from({ length: 60 }, (_, i) => message(i, 'x'.repeat(20_000))) })).toBe(false);
    expect(valid({ messages: Array.from({ length: 50 }, (_, i) => message(i, 'x'.repeat(20_000))) })).toBe(true);
    expect(valid({ site: 'v'.repeat(51) })).toBe(false);
    expect(valid({ url: `https://vk.com/${'a'.repeat(2000)}` })).toBe(false);
  });

  it('accepts only http(s) thread addresses, in snapshots, manual timers and audit records', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'chrome://settings', 'not a url']) {
      expect(valid({ url }), url).toBe(false);
      const seed = { site: 'generic', platform: 'generic', title: '', url };
      expect(RequestSchema.safeParse({ type: 'thread.action', threadId: 'generic:x', action: { kind: 'start' }, seed }).success).toBe(false);
      expect(RequestSchema.safeParse({ type: 'tone.sendAnyway', clientId: UUID, threadId: 'x', url, findings: [] }).success).toBe(false);
    }
  });

  it('the message cap is the adapters’ own snapshot limit', () => {
    expect(MAX_SNAPSHOT_MESSAGES).toBe(SNAPSHOT_MESSAGE_LIMIT);
  });

  it('a notification click opens web pages only', () => {
    expect(openableUrl('https://vk.com/im/convo/42')).toBe('https://vk.com/im/convo/42');
    expect(openableUrl('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/x');
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'chrome://settings', '', undefined])
      expect(openableUrl(url), String(url)).toBeNull();
  });
});

describe('the site hosts the background trusts agree with the adapters', () => {
  it('every host pattern of a platform is claimed by that platform’s adapter', () => {
    for (const [platform, patterns] of Object.entries(SITE_MATCHES)) {
      const adapter = SITE_ADAPTERS.find((a) => a.id === platform);
      expect(adapter, platform).toBeDefined();
      for (const pattern of patterns) {
        const url = new URL(pattern.replace('*.', 'm.').replace(/\*$/, ''));
        expect(adapter!.matches(url), `${platform} ${url.href}`).toBe(true);
      }
    }
  });
});
