import { describe, expect, it, vi } from 'vitest';
import { newClientId } from '../../lib/outbox/client-id';
import { drainOutbox, type OutboxRecord } from '../../lib/outbox/drain';
import { Outbox, OUTBOX_PREFIX, outboxKey, type OutboxArea, type OutboxOptions, type OutboxRequest } from '../../lib/outbox/outbox';

const ORIGIN = 'https://vk.com';

/** storage.local as a map; `broken` makes every call throw the way an invalidated context does. */
function fakeArea() {
  const items = new Map<string, unknown>();
  const state = { broken: false };
  const check = () => {
    if (state.broken) throw new Error('Extension context invalidated.');
  };
  const area: OutboxArea = {
    get: async () => (check(), Object.fromEntries(items)),
    set: async (values) => {
      check();
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      check();
      for (const k of [keys].flat()) items.delete(k);
    },
  };
  return { area, items, state };
}

const pick = (text = 'где мой заказ'): OutboxRequest => ({
  type: 'pick',
  clientId: newClientId(),
  packId: 'starter',
  replyId: 'delivery-late',
  text,
  platform: 'generic',
});

const sendAnyway = (): OutboxRequest => ({
  type: 'tone.sendAnyway',
  clientId: newClientId(),
  threadId: 'generic:https://vk.com/im',
  url: 'https://vk.com/im',
  findings: [{ ruleId: 'pii.card', category: 'pii.card', severity: 'block', excerpt: '•••• 1111' }],
});

/** A background that stores by client id, as lib/storage does, and counts deliveries. */
function fakeBackground() {
  const stored = new Map<string, OutboxRequest>();
  let deliveries = 0;
  return {
    stored,
    deliveries: () => deliveries,
    store: async (request: OutboxRequest) => {
      deliveries++;
      if (!stored.has(request.clientId)) stored.set(request.clientId, request);
      return { ok: true };
    },
  };
}

const fast = (options: Partial<OutboxOptions> & Pick<OutboxOptions, 'area' | 'send'>) =>
  new Outbox({ origin: ORIGIN, attemptMs: 50, retryMs: 10, maxRetryMs: 40, ...options });

const settle = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 5 });

describe('client ids', () => {
  it('are version-4 UUIDs, distinct, also without crypto.randomUUID (http pages)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true }); // shadows the prototype's
    const ids = Array.from({ length: 200 }, newClientId);
    delete (crypto as { randomUUID?: unknown }).randomUUID;
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) expect(id).toMatch(uuid);
    expect(newClientId()).toMatch(uuid);
  });
});

describe('outbox', () => {
  it('writes the record to storage before sending it, and removes it once the background confirmed', async () => {
    const { area, items } = fakeArea();
    const background = fakeBackground();
    const seenInStorage: boolean[] = [];
    const box = fast({
      area,
      send: async (request) => {
        seenInStorage.push(items.has(outboxKey(request.clientId)));
        return background.store(request);
      },
    });
    const request = pick();
    expect(await box.post(request)).toBe(true);
    expect(seenInStorage).toEqual([true]);
    expect(items.size).toBe(0);
    expect([...background.stored.keys()]).toEqual([request.clientId]);
  });

  it('keeps a record whose request died with the worker, and delivers it on a later retry', async () => {
    const { area, items } = fakeArea();
    const background = fakeBackground();
    let workerDown = true;
    const box = fast({
      area,
      send: (request) => {
        if (workerDown) return new Promise(() => {}); // stopped mid-request: never answers
        return background.store(request);
      },
    });
    const request = pick();
    expect(await box.post(request)).toBe(false);
    expect(items.has(outboxKey(request.clientId))).toBe(true);
    workerDown = false;
    await settle(() => expect(items.size).toBe(0));
    expect(background.stored.get(request.clientId)).toEqual(request);
    box.stop();
  });

  it('"send anyway": retries within the bound until confirmed (a port closed by a stopped worker)', async () => {
    const { area, items } = fakeArea();
    const background = fakeBackground();
    let failures = 2;
    const box = fast({
      area,
      send: async (request) => {
        if (failures-- > 0) throw new Error('The message port closed before a response was received.');
        return background.store(request);
      },
    });
    const request = sendAnyway();
    expect(await box.confirm(request, 3000)).toBe(true);
    expect(background.deliveries()).toBe(1);
    expect(background.stored.size).toBe(1);
    expect(items.size).toBe(0);
  });

  it('"send anyway": a request that hangs is given up and sent again within the bound', async () => {
    const { area } = fakeArea();
    const background = fakeBackground();
    let calls = 0;
    const box = fast({ area, attemptMs: 50, send: (request) => (++calls === 1 ? new Promise(() => {}) : background.store(request)) });
    const request = sendAnyway();
    expect(await box.confirm(request, 2000)).toBe(true);
    expect(calls).toBe(2);
    expect([...background.stored.keys()]).toEqual([request.clientId]);
  });

  it('"send anyway": no answer within the bound is "timeout", and the record stays queued for later', async () => {
    const { area, items } = fakeArea();
    const box = fast({ area, send: () => new Promise(() => {}) });
    const request = sendAnyway();
    expect(await box.confirm(request, 200)).toBe('timeout');
    expect(items.has(outboxKey(request.clientId))).toBe(true);
    box.stop();
  });

  it('"send anyway" after an extension reload: "gone", nothing sent, nothing kept', async () => {
    const { area, items, state } = fakeArea();
    const send = vi.fn(async () => ({ ok: true }));
    state.broken = true;
    const box = fast({ area, send });
    expect(await box.confirm(sendAnyway(), 1000)).toBe('gone');
    const dead = fast({ area: fakeArea().area, send, alive: () => false });
    expect(await dead.confirm(sendAnyway(), 1000)).toBe('gone');
    expect(send).not.toHaveBeenCalled();
    expect(items.size).toBe(0);
  });

  it('storage full (quota) in a live extension: the record is still sent, and confirmed', async () => {
    const { area, items } = fakeArea();
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const background = fakeBackground();
    const box = fast({ area, send: background.store });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const request = sendAnyway();
    expect(await box.confirm(request, 1000)).toBe(true);
    expect(await box.post(pick())).toBe(true);
    warn.mockRestore();
    expect(background.stored.has(request.clientId)).toBe(true);
    expect(items.size).toBe(0);
  });

  it('a record the background refuses (invalid) is dropped, not retried forever', async () => {
    const { area, items } = fakeArea();
    const send = vi.fn(async () => {
      throw new Error('invalid request: bad clientId');
    });
    const box = fast({ area, send });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await box.confirm(sendAnyway(), 1000)).toBe('refused');
    warn.mockRestore();
    expect(items.size).toBe(0);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('a flush sends what earlier pages of the same site left, drops week-old records, leaves other sites alone', async () => {
    const { area, items } = fakeArea();
    const background = fakeBackground();
    const now = Date.now();
    const mine = pick('мой');
    const old = pick('старый');
    const foreign = pick('чужой');
    await area.set({
      [outboxKey(mine.clientId)]: { request: mine, origin: ORIGIN, queuedAt: now - 60_000 },
      [outboxKey(old.clientId)]: { request: old, origin: ORIGIN, queuedAt: now - 8 * 24 * 3600_000 },
      [outboxKey(foreign.clientId)]: { request: foreign, origin: 'https://t.me', queuedAt: now },
      'trustops.changed.library': 1,
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fast({ area, send: background.store }).flush();
    warn.mockRestore();
    expect([...background.stored.keys()]).toEqual([mine.clientId]);
    expect([...items.keys()].sort()).toEqual([outboxKey(foreign.clientId), 'trustops.changed.library'].sort());
  });

  it('retries with a growing pause while the background does not answer, and stops when the context ends', async () => {
    const { area } = fakeArea();
    const attempts: number[] = [];
    const box = fast({ area, attemptMs: 5, retryMs: 20, maxRetryMs: 80, send: () => (attempts.push(Date.now()), new Promise(() => {})) });
    await box.post(pick());
    await settle(() => expect(attempts.length).toBeGreaterThanOrEqual(4));
    box.stop();
    const gaps = attempts.slice(1).map((at, i) => at - attempts[i]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!);
    const count = attempts.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(attempts.length).toBe(count);
  });

  it('many records, every delivery flaky: each stored exactly once, the outbox ends empty', async () => {
    const { area, items } = fakeArea();
    const background = fakeBackground();
    let n = 0;
    const box = fast({
      area,
      send: (request) => {
        n++;
        if (n % 3 === 0) return new Promise(() => {}); // hangs
        if (n % 3 === 1) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
        // Stored, but the answer is lost with the worker: the sender will send it again.
        return background.store(request).then(() => Promise.reject(new Error('message port closed')));
      },
    });
    const requests = Array.from({ length: 20 }, (_, i) => (i % 2 ? pick(`m${i}`) : sendAnyway()));
    await Promise.all(requests.map((r) => box.post(r)));
    box.stop();
    const delivered = background.stored.size;
    expect(delivered).toBeLessThan(20);
    expect(items.size).toBe(20); // no answer was a confirmation: every record is still queued
    // The next start of the page (or the worker answering again) flushes them.
    await fast({ area, send: background.store }).flush();
    expect(background.stored.size).toBe(20);
    expect(new Set(requests.map((r) => r.clientId))).toEqual(new Set(background.stored.keys()));
    expect(items.size).toBe(0);
  });
});

describe('background drain of the outboxes', () => {
  it('stores every valid record left behind, removes it, and keeps one it could not store', async () => {
    const { area, items } = fakeArea();
    const a = pick();
    const b = sendAnyway();
    const failing = pick('не сохранится');
    await area.set({
      [outboxKey(a.clientId)]: { request: a, origin: ORIGIN, queuedAt: 1 },
      [outboxKey(b.clientId)]: { request: b, origin: 'https://t.me', queuedAt: 1 },
      [outboxKey(failing.clientId)]: { request: failing, origin: ORIGIN, queuedAt: 1 },
      [`${OUTBOX_PREFIX}junk`]: { request: { type: 'site.disable', url: 'x' } },
      [`${OUTBOX_PREFIX}mismatch`]: { request: pick(), origin: ORIGIN, queuedAt: 1 },
      unrelated: 1,
    });
    const stored: OutboxRecord[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const taken = await drainOutbox(area, async (record) => {
      if (record.clientId === failing.clientId) throw new Error('QuotaExceededError');
      stored.push(record);
    });
    warn.mockRestore();
    expect(taken).toBe(2);
    expect(stored.map((r) => r.clientId).sort()).toEqual([a.clientId, b.clientId].sort());
    expect([...items.keys()].sort()).toEqual([outboxKey(failing.clientId), 'unrelated'].sort());
  });
});
