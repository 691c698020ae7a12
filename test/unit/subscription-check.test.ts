import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubscriptionRecord } from '../../lib/schema/subscription';
import { checkSubscription, type VerifyPinned } from '../../lib/subscriptions/check-subscription';

/** A static host with ETags: each path's answer is set by the test; If-None-Match is honoured. */
const routes = new Map<string, { status?: number; body?: string; etag?: string; delayMs?: number; chunked?: boolean }>();
const seenHeaders: Record<string, string | undefined>[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    seenHeaders.push({ inm: req.headers['if-none-match'] as string | undefined, ims: req.headers['if-modified-since'] as string | undefined, cookie: req.headers.cookie });
    const route = routes.get(req.url ?? '');
    const send = () => {
      if (!route) return res.writeHead(404).end('not here');
      if (route.etag && req.headers['if-none-match'] === route.etag) return res.writeHead(304).end();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (route.etag) headers.etag = route.etag;
      headers['last-modified'] = 'Tue, 01 Dec 2026 10:00:00 GMT';
      if (route.chunked) {
        res.writeHead(route.status ?? 200, headers);
        const body = route.body ?? '';
        for (let i = 0; i < body.length; i += 4096) res.write(body.slice(i, i + 4096));
        return res.end();
      }
      res.writeHead(route.status ?? 200, headers).end(route.body ?? '');
    };
    if (route?.delayMs) setTimeout(send, route.delayMs);
    else send();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const PACK = { name: 'Команда', replies: [{ id: 'hours', title: 'Часы работы', body: 'Мы работаем с 9 до 21.' }] };
const acceptAll: VerifyPinned = async () => ({ ok: true });
const opts = { now: new Date('2026-12-03T10:00:00Z'), maxBytes: 64 * 1024, timeoutMs: 500, verify: acceptAll };
const record = (path: string, extra: Partial<SubscriptionRecord> = {}): SubscriptionRecord => ({ url: base + path, origin: 'user', addedAt: '2026-12-01T00:00:00Z', ...extra });

describe('checking a subscription', () => {
  it('takes a valid pack with its validators, then a conditional request gets 304 and keeps it', async () => {
    routes.set('/pack.json', { body: JSON.stringify(PACK), etag: '"v1"' });
    const first = await checkSubscription(record('/pack.json'), opts);
    expect(first.outcome).toBe('updated');
    if (first.outcome !== 'updated') return;
    expect(first.pack.replies.map((r) => r.id)).toEqual(['hours']);
    expect(first.record).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT', lastSuccessAt: '2026-12-03T10:00:00.000Z' });

    seenHeaders.length = 0;
    const second = await checkSubscription({ ...first.record, packId: 'team' }, opts);
    expect(second.outcome).toBe('unchanged');
    expect(seenHeaders[0]).toEqual({ inm: '"v1"', ims: 'Tue, 01 Dec 2026 10:00:00 GMT', cookie: undefined });

    // A forced refresh sends no validators: the server answers with the full version.
    seenHeaders.length = 0;
    const forced = await checkSubscription({ ...first.record, packId: 'team' }, { ...opts, force: true });
    expect(forced.outcome).toBe('updated');
    expect(seenHeaders[0]?.inm).toBeUndefined();
  });

  it.each([
    ['a server error', { status: 500, body: 'oops' }, 'http', /HTTP 500/],
    ['a missing file', undefined, 'http', /HTTP 404/],
    ['invalid JSON', { body: '{"name": "x", "replies": [' }, 'invalid-json', /invalid JSON/],
    ['a schema error', { body: JSON.stringify({ name: 'x', replies: [{ id: 'a', title: 'A' }] }) }, 'invalid-pack', /body/],
    ['no answer in time', { body: JSON.stringify(PACK), delayMs: 1500 }, 'timeout', /within/],
    ['a file over the size limit', { body: JSON.stringify({ ...PACK, pad: 'x'.repeat(100_000) }) }, 'too-large', /limit/],
    ['an over-size file sent without a length', { body: JSON.stringify({ ...PACK, pad: 'x'.repeat(100_000) }), chunked: true }, 'too-large', /limit/],
  ] as const)('keeps the previous version on %s, with the reason', async (_name, route, code, detail) => {
    const path = `/broken-${code}-${Math.random().toString(36).slice(2)}.json`;
    if (route) routes.set(path, route);
    const held = record(path, { packId: 'team', etag: '"old"', lastSuccessAt: '2026-12-02T10:00:00.000Z' });
    const result = await checkSubscription(held, opts);
    expect(result.outcome).toBe('kept-previous');
    if (result.outcome !== 'kept-previous') return;
    expect(result.failure.code).toBe(code);
    expect(result.failure.detail).toMatch(detail);
    expect(result.record).toMatchObject({ packId: 'team', etag: '"old"', lastSuccessAt: '2026-12-02T10:00:00.000Z', lastCheckedAt: '2026-12-03T10:00:00.000Z' });
    expect(result.record.lastError?.code).toBe(code);
  });

  it('an unreachable host is a network failure, not an exception', async () => {
    const result = await checkSubscription(record('/x', { url: 'http://127.0.0.1:1/pack.json' }), opts);
    expect(result.outcome).toBe('kept-previous');
    if (result.outcome === 'kept-previous') expect(result.failure.code).toBe('network');
  });

  it('a pinned key: the verifier sees the raw JSON as served and its refusal keeps the previous version', async () => {
    const signed = { ...PACK, signature: { alg: 'Ed25519', value: 'c2ln' } };
    routes.set('/signed.json', { body: JSON.stringify(signed), etag: '"s1"' });
    const seen: unknown[] = [];
    const refuse: VerifyPinned = async (raw) => {
      seen.push(raw);
      return { ok: false, reason: 'the signature does not match the pinned key' };
    };
    const result = await checkSubscription(record('/signed.json', { publicKey: 'a2V5', packId: 'team' }), { ...opts, verify: refuse });
    expect(seen).toEqual([signed]);
    expect(result.outcome).toBe('kept-previous');
    if (result.outcome === 'kept-previous') expect(result.failure).toMatchObject({ code: 'signature', detail: /pinned key/ });

    // Without a pinned key the verifier is not consulted.
    const unpinned = await checkSubscription(record('/signed.json'), { ...opts, verify: refuse });
    expect(unpinned.outcome).toBe('updated');
    expect(seen).toHaveLength(1);
  });

  it('a later success clears the warning', async () => {
    routes.set('/recovers.json', { body: JSON.stringify(PACK), etag: '"r1"' });
    const failing = record('/recovers.json', { packId: 'team', lastError: { code: 'http', detail: 'HTTP 500', at: '2026-12-02T00:00:00Z' } });
    const result = await checkSubscription(failing, { ...opts, force: true });
    expect(result.outcome).toBe('updated');
    expect(result.record.lastError).toBeUndefined();
  });
});
