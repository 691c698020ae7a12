import { describe, expect, it } from 'vitest';
import { authorize, type Sender } from '../../lib/messaging/authorize';
import { RequestSchema, type RequestInput } from '../../lib/schema/messages';

/** The panel may save ideas and read "we did it" replies about its own page's threads only; editing is the dashboard's. */
const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const contentScript = (url: string): Sender => ({ id: SELF.id, url, frameId: 0, tab: { id: 7, url } });
const VK = contentScript('https://vk.com/im/convo/42');
const EVIL = contentScript('https://evil.example/page');
const allowed = (input: RequestInput, sender: Sender) => authorize(RequestSchema.parse(input), sender, SELF).ok;

const save = (over: Record<string, unknown> = {}): RequestInput => ({
  type: 'ideas.save',
  idea: { text: 'Добавьте овсяное молоко', threadId: 'vk:convo_42', url: 'https://vk.com/im/convo/42', platform: 'vk', ...over },
});

describe('ideas requests', () => {
  it('a content script saves ideas from its own site’s threads, with its own address and platform', () => {
    expect(allowed(save(), VK)).toBe(true);
    expect(allowed(save(), EVIL)).toBe(false);
    expect(allowed(save({ url: 'https://evil.example/x' }), VK)).toBe(false);
    expect(allowed(save({ platform: 'x' }), VK)).toBe(false);
    expect(allowed(save({ threadId: 'telegram:k:@shop' }), VK)).toBe(false);
    expect(allowed(save({ threadId: 'generic:https://evil.example/page', url: 'https://evil.example/page', platform: 'generic' }), EVIL)).toBe(true);
  });

  it('reads and marks the "we did it" replies of its own threads only', () => {
    expect(allowed({ type: 'ideas.drafts', threadId: 'vk:convo_42' }, VK)).toBe(true);
    expect(allowed({ type: 'ideas.drafts', threadId: 'vk:convo_42' }, EVIL)).toBe(false);
    expect(allowed({ type: 'ideas.draftHandled', ideaId: 'i', threadId: 'vk:convo_42', outcome: 'inserted' }, VK)).toBe(true);
    expect(allowed({ type: 'ideas.draftHandled', ideaId: 'i', threadId: 'x:status:1', outcome: 'dismissed' }, VK)).toBe(false);
  });

  it('never edits, deletes or restores ideas; the dashboard does', () => {
    const page: Sender = { id: SELF.id, url: `${SELF.origin}options.html` };
    for (const request of [
      { type: 'ideas.update', id: 'i', changes: { status: 'done' } },
      { type: 'ideas.delete', id: 'i' },
    ] as RequestInput[]) {
      expect(allowed(request, VK)).toBe(false);
      expect(allowed(request, page)).toBe(true);
    }
  });

  it('refuses an empty idea, a non-http link and unknown changes', () => {
    expect(RequestSchema.safeParse(save({ text: '   ' })).success).toBe(false);
    expect(RequestSchema.safeParse(save({ url: 'javascript:alert(1)' })).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'ideas.update', id: 'i', changes: { askers: [] } }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'ideas.update', id: 'i', changes: { impact: 6 } }).success).toBe(false);
  });
});
