// @vitest-environment happy-dom
import { createElement } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../lib/sites/adapter';
import { genericAdapter } from '../../lib/sites/generic';
import { pickAdapter, readPage } from '../../lib/sites/registry';
import { vkAdapter } from '../../lib/sites/vk';
import { fixturePages } from '../fixtures/sites/load';

// The panel's thread store is reached through modules that load the extension API at import.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { threadRead } = await import('../../components/overlay/thread/thread-actions');
const { getThread, setThread } = await import('../../components/overlay/thread/store');
const { MarkupNotice } = await import('../../components/overlay/thread/MarkupNotice');

const open = fixturePages();
const URL_CONVO = 'https://vk.com/im/convo/123456789';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  setThread({ adapterId: 'generic', platform: 'generic', health: 'ok', threadId: '', title: '', pending: null });
  document.body.innerHTML = '';
});

/** Renders the panel's notice and returns its text ('' when it is not shown). */
function noticeText(): string {
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  act(() => root.render(createElement(MarkupNotice)));
  const text = host.querySelector('[data-testid="trustops-markup-notice"]')?.textContent ?? '';
  act(() => root.unmount());
  return text;
}

describe('a snapshot that cannot be taken', () => {
  it('an adapter that throws degrades to generic mode with the notice, without throwing', () => {
    const page = open('vk-convo.html', URL_CONVO);
    const picked = pickAdapter(page.url(), page.document);
    expect(picked).toEqual({ adapter: vkAdapter, health: 'ok' });
    const overflowing: SiteAdapter = {
      ...vkAdapter,
      thread: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const reading = readPage(overflowing, picked.health, page.document, page.url());
    expect(reading.adapterId).toBe('generic');
    expect(reading.health).toBe('markup-not-recognised');
    expect(reading.snapshot).toMatchObject({ site: 'generic', id: 'generic:https://vk.com/im/convo/123456789' });
    // Generic mode cannot tell directions: at most the message above the reply box, as the customer's.
    expect(reading.snapshot!.messages.every((m) => m.direction === 'in')).toBe(true);

    expect(() => threadRead({ ...reading, url: page.url() })).not.toThrow();
    expect(getThread()).toMatchObject({ adapterId: 'generic', platform: 'generic', health: 'markup-not-recognised' });
    expect(noticeText()).not.toBe('');
  });

  it('a malformed snapshot counts as a failure too; a readable page clears the notice again', () => {
    const page = open('vk-convo.html', URL_CONVO);
    const malformed: SiteAdapter = { ...vkAdapter, thread: (doc, url) => ({ ...vkAdapter.thread(doc, url)!, messages: 'none' as never }) };
    threadRead({ ...readPage(malformed, 'ok', page.document, page.url()), url: page.url() });
    expect(getThread().health).toBe('markup-not-recognised');
    expect(noticeText()).not.toBe('');

    const reading = readPage(vkAdapter, 'ok', page.document, page.url());
    expect(reading).toMatchObject({ adapterId: 'vk', health: 'ok', snapshot: { site: 'vk' } });
    expect(reading.snapshot!.messages.length).toBeGreaterThan(0);
    threadRead({ ...reading, url: page.url() });
    expect(getThread()).toMatchObject({ adapterId: 'vk', platform: 'vk', health: 'ok' });
    expect(noticeText()).toBe('');
  });

  it('no thread on the page (null) is not a failure', () => {
    const page = open('generic.html', 'https://vk.com/feed');
    expect(readPage(vkAdapter, 'ok', page.document, page.url())).toEqual({ adapterId: 'vk', health: 'ok', snapshot: null });
  });

  it('the generic adapter failing has nothing to fall back to but still shows the notice', () => {
    const page = open('generic.html', 'https://example.com/help');
    const broken: SiteAdapter = { ...genericAdapter, thread: () => { throw new Error('boom'); } };
    expect(readPage(broken, 'ok', page.document, page.url())).toEqual({ adapterId: 'generic', health: 'markup-not-recognised', snapshot: null });
  });
});
