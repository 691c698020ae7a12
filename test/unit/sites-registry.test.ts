// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PlatformSchema } from '../../lib/schema/pack';
import type { SiteAdapter } from '../../lib/sites/adapter';
import { genericAdapter } from '../../lib/sites/generic';
import { pickAdapter, platformOf, safeComposer, safeThread, SITE_ADAPTERS } from '../../lib/sites/registry';
import { vkAdapter } from '../../lib/sites/vk';
import { fixturePages } from '../fixtures/sites/load';

const open = fixturePages();

describe('pickAdapter', () => {
  it.each([
    ['vk-convo.html', 'https://vk.com/im/convo/123456789', 'vk'],
    ['vk-legacy.html', 'https://vk.com/im?sel=123456789', 'vk'],
    ['vk-wall.html', 'https://vk.com/wall-123456_789', 'vk'],
    ['telegram-k.html', 'https://web.telegram.org/k/#@zernoipar', 'telegram'],
    ['telegram-a.html', 'https://web.telegram.org/a/#-1001987654321', 'telegram'],
    ['x-status.html', 'https://x.com/zernoipar/status/1992481234567890001', 'x'],
    ['x-dm.html', 'https://x.com/i/chat/1500000000000000001-1600000000000000002', 'x'],
    ['instagram-dm.html', 'https://www.instagram.com/direct/t/340282366841710300949128171234567890/', 'instagram'],
    ['facebook-messenger.html', 'https://www.facebook.com/messages/t/100012345678901', 'facebook'],
    ['youtube.html', 'https://www.youtube.com/watch?v=zRnP4rDemo1', 'youtube'],
    ['linkedin.html', 'https://www.linkedin.com/messaging/thread/2-ZmE0YjI1ZDUtYW5uYQ==/', 'linkedin'],
    ['mastodon.html', 'https://social.zerno.example/@zernoipar/117664225689600000', 'mastodon'],
  ])('%s → %s', (name, url, id) => {
    const page = open(name, url);
    expect(pickAdapter(page.url(), page.document)).toEqual({ adapter: SITE_ADAPTERS.find((a) => a.id === id), health: 'ok' });
  });

  it('opens a supported site\'s thread URL on foreign markup as "markup-not-recognised"', () => {
    const page = open('telegram-k.html', 'https://vk.com/im/convo/123456789');
    expect(pickAdapter(page.url(), page.document)).toEqual({ adapter: genericAdapter, health: 'markup-not-recognised' });
  });

  it('keeps a supported site\'s adapter outside threads (nothing to recognise there)', () => {
    const page = open('generic.html', 'https://vk.com/feed');
    expect(pickAdapter(page.url(), page.document)).toEqual({ adapter: vkAdapter, health: 'ok' });
    expect(vkAdapter.thread(page.document, page.url())).toBeNull();
    expect(vkAdapter.composer(page.document)?.id).toBe('reply'); // falls back to any visible box
  });

  it('gives other pages the generic adapter with health "ok"', () => {
    const page = open('generic.html', 'https://support.zernoipar.example/ticket/42');
    expect(pickAdapter(page.url(), page.document)).toEqual({ adapter: genericAdapter, health: 'ok' });
  });
});

describe('generic adapter (generic.html)', () => {
  it('names the page, reads the customer message above the box as `in`, and prefers the focused box', () => {
    const page = open('generic.html', 'https://support.zernoipar.example/ticket/42?tab=reply#bottom');
    expect(safeThread(genericAdapter, page.document, page.url())).toEqual({
      id: 'generic:https://support.zernoipar.example/ticket/42',
      site: 'generic',
      title: 'Обращение №42 — Зерно и Пар',
      url: 'https://support.zernoipar.example/ticket/42?tab=reply#bottom',
      messages: [expect.objectContaining({ direction: 'in', author: 'Анна Смирнова', at: null })],
    });
    expect(genericAdapter.composer(page.document)?.id).toBe('reply'); // not the hidden template, not search
    (page.document.getElementById('notes') as HTMLElement).focus();
    expect(genericAdapter.composer(page.document)?.id).toBe('notes');
  });
});

describe('platformOf', () => {
  it('maps every adapter to its PlatformSchema value', () => {
    for (const adapter of [...SITE_ADAPTERS, genericAdapter]) {
      expect(PlatformSchema.options).toContain(adapter.id);
      expect(platformOf(adapter.id)).toBe(adapter.id);
    }
    expect(platformOf('reddit')).toBe('generic');
  });
});

/** A document whose every query throws, like a page mid-teardown or a broken polyfill. */
function throwingDocument(): Document {
  const fail = () => {
    throw new TypeError('Cannot read properties of null');
  };
  return new Proxy({} as Document, {
    get: (_target, key) => (key === 'URL' ? 'https://vk.com/im/convo/1' : fail),
  });
}

describe('never throws into the page', () => {
  const url = new URL('https://vk.com/im/convo/1');

  it('safeThread returns null when the DOM throws', () => {
    expect(() => safeThread(vkAdapter, throwingDocument(), url)).not.toThrow();
    expect(safeThread(vkAdapter, throwingDocument(), url)).toBeNull();
  });

  it('pickAdapter degrades when the health check throws', () => {
    expect(pickAdapter(url, throwingDocument())).toEqual({ adapter: genericAdapter, health: 'markup-not-recognised' });
  });

  it('safeThread returns null for an adapter that throws or returns an invalid snapshot', () => {
    const page = open('vk-convo.html', 'https://vk.com/im/convo/123456789');
    const throwing: SiteAdapter = { ...vkAdapter, thread: () => { throw new TypeError('x is undefined'); } };
    const invalid: SiteAdapter = { ...vkAdapter, thread: (doc, u) => ({ ...vkAdapter.thread(doc, u)!, id: '' }) };
    expect(safeThread(throwing, page.document, page.url())).toBeNull();
    expect(safeThread(invalid, page.document, page.url())).toBeNull();
  });

  it('safeComposer falls back to the generic composer when the adapter throws', () => {
    const page = open('vk-convo.html', 'https://vk.com/im/convo/123456789');
    const throwing: SiteAdapter = { ...vkAdapter, composer: () => { throw new Error('selector'); } };
    expect(safeComposer(throwing, page.document)?.getAttribute('role')).toBe('textbox');
    expect(safeComposer(genericAdapter, throwingDocument())).toBeNull();
  });

  it('an invalid selector in one tier does not hide the others', async () => {
    const { queryField } = await import('../../lib/sites/shared/dom');
    const page = open('vk-convo.html', 'https://vk.com/im/convo/123456789');
    expect(queryField(page.document, { primary: 'article[', fallback: 'article.ConvoMessage' })?.tagName).toBe('ARTICLE');
  });
});
