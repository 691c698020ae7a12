// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

// The tone context reaches the background through modules that load the extension API at import.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { ignoredKeys, ignoreLocally, forgetIgnoredOnce, toneVersion } = await import('../../components/overlay/tone/context');
const { getTone, resetTone } = await import('../../components/overlay/tone/store');
const { getSuggest, resetSuggest, setSuggest } = await import('../../components/overlay/suggest/store');
const { getThread, resetThread, setThread } = await import('../../components/overlay/thread/store');
const { getOverlay, resetOverlay, setOverlay } = await import('../../components/overlay/store');

describe('overlay stores', () => {
  it('keep the tone ignores and bump the version on each change', () => {
    resetTone();
    const before = toneVersion();
    ignoreLocally('k1', 'once');
    ignoreLocally('k2', 'always');
    expect([...ignoredKeys()].sort()).toEqual(['k1', 'k2']);
    expect(toneVersion()).toBe(before + 2);
    forgetIgnoredOnce();
    expect([...ignoredKeys()]).toEqual(['k2']);
    expect(toneVersion()).toBe(before + 3);
  });

  it('start afresh after a reset: nothing of an earlier start is kept', () => {
    ignoreLocally('k3', 'always');
    const requests = getTone().contextRequests;
    requests.next();
    setSuggest({ query: 'refund', selectedText: 'where is my order' });
    setThread({ threadId: 'vk:convo_1', reportedSignature: 'vk:convo_1\nm1' });
    setOverlay({ closed: true });

    resetTone();
    resetSuggest();
    resetThread();
    resetOverlay();

    expect(ignoredKeys().size).toBe(0);
    expect(getTone().contextRequests).not.toBe(requests);
    expect(getTone().contextRequests.isLatest(getTone().contextRequests.next())).toBe(true);
    expect(getSuggest()).toMatchObject({ query: '', selectedText: '', suggestions: { status: 'idle' } });
    expect(getThread()).toMatchObject({ threadId: '', reportedSignature: '', sla: null });
    expect(getOverlay()).toMatchObject({ closed: false, composer: null, mounted: null });
  });
});
