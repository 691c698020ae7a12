import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../lib/cli/io';
import { main } from '../../lib/cli/main';
import { packToJson, parsePackText } from '../../lib/engine/pack';
import { canonicalJson, packSigningText } from '../../lib/engine/pack/canonical-json';
import { defaultRevision, packEdition } from '../../lib/engine/pack/edition';
import { generatePackKeys, isPublicKeyText, keyIdOf, signPack, verifyPackSignature } from '../../lib/pack/signature';
import { PackSchema } from '../../lib/schema/pack';
import { checkSubscription } from '../../lib/subscriptions/check-subscription';
import { verifyPinnedPack } from '../../lib/subscriptions/verify-pinned';

const PACK = {
  format: 'trustops-pack',
  version: 1,
  id: 'team',
  name: 'Команда',
  replies: [{ id: 'wifi', title: 'Пароль от Wi-Fi', body: 'Пароль «кофе» — на чеке. 😊' }],
  profile: { addressForm: 'vy', hotlines: ['8 800 555-35-35'] },
  slaPolicy: { timezone: 'Europe/Moscow', firstReplyMinutes: 60, nextReplyMinutes: 120 },
};

describe('canonical JSON', () => {
  it('sorts keys at every level and drops whitespace, whatever the order the file had', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'ё', c: null }], e: { z: true, y: 1.5 } })).toBe('{"a":[{"c":null,"d":"ё"}],"b":1,"e":{"y":1.5,"z":true}}');
    const shuffled = JSON.parse(JSON.stringify({ replies: PACK.replies, name: PACK.name, id: PACK.id, version: 1, format: PACK.format, slaPolicy: PACK.slaPolicy, profile: PACK.profile }));
    expect(canonicalJson(shuffled)).toBe(canonicalJson(PACK));
  });
});

describe('canonical JSON and unicode', () => {
  it('gives one text for the same strings however the file escaped them', () => {
    const escaped = JSON.parse('{"\\u0451\\u0436":"\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442 \\ud83d\\ude0a","a":"\\/"}');
    const literal = JSON.parse('{"a":"/","ёж":"Привет 😊"}');
    expect(canonicalJson(escaped)).toBe(canonicalJson(literal));
    expect(canonicalJson(literal)).toBe('{"a":"/","ёж":"Привет 😊"}');
  });

  it('sorts keys by UTF-16 code units (so every implementation agrees), not by locale', () => {
    // "Z" (U+005A) < "a" (U+0061) < "é" (U+00E9) < "я" (U+044F) < "😊" (U+D83D…) < "ｱ" (U+FF71)
    expect(canonicalJson({ 'ｱ': 6, '😊': 5, я: 4, é: 3, a: 2, Z: 1 })).toBe('{"Z":1,"a":2,"é":3,"я":4,"😊":5,"ｱ":6}');
  });

  it('keeps composed and decomposed letters apart: the signature covers the exact text', () => {
    expect(canonicalJson({ t: 'й' })).not.toBe(canonicalJson({ t: 'и\u0306' }));
  });

  it('writes control characters and lone surrogates as escapes, and leaves the signature out', () => {
    expect(canonicalJson({ t: 'a\u0000\n\ud800' })).toBe('{"t":"a\\u0000\\n\\ud800"}');
    expect(packSigningText({ b: 1, signature: { value: 'x' }, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
  });
});

describe('pack edition (ready to host)', () => {
  it('stamps updatedAt and the revision and drops a stale signature', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    const edition = packEdition({ ...PACK, signature: { alg: 'Ed25519', value: 'old' } }, { now, revision: ' 2026.12.1 ' });
    expect(edition).toMatchObject({ updatedAt: '2026-12-04T10:00:00.000Z', revision: '2026.12.1' });
    expect('signature' in edition).toBe(false);
    expect('revision' in packEdition(PACK, { now, revision: '  ' })).toBe(false);
    expect(defaultRevision(now)).toBe('2026.12.04');
  });

  it('the exported file keeps the team fields and reply extractors, and signs and verifies as written', async () => {
    const parsed = parsePackText(JSON.stringify({ ...PACK, placeholders: { order: { pattern: '#(\\d+)' } } }));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const text = packToJson(packEdition(parsed.pack, { now: new Date('2026-12-04T10:00:00Z'), revision: 'r7' }));
    const written = JSON.parse(text);
    expect(written).toMatchObject({ revision: 'r7', updatedAt: '2026-12-04T10:00:00.000Z', profile: { addressForm: 'vy' }, slaPolicy: { firstReplyMinutes: 60 } });
    expect(written.replies[0].placeholders).toEqual({ order: { pattern: '#(\\d+)' } });
    const again = parsePackText(text);
    // The pack-wide extractors travel inside each reply, which is what import reads.
    const { placeholders: _sharedCopiedIntoReplies, ...expected } = parsed.pack;
    expect(again.ok && again.pack).toEqual({ ...expected, revision: 'r7', updatedAt: '2026-12-04T10:00:00.000Z' });
    const keys = await generatePackKeys();
    expect(await verifyPackSignature(await signPack(written, keys.privateKey, keys.publicKey), keys.publicKey)).toEqual({ ok: true });
  });
});

describe('public key text', () => {
  it('is base64 of 32 bytes; the key id is its first characters', async () => {
    const { publicKey } = await generatePackKeys();
    expect(publicKey).toHaveLength(44);
    expect(isPublicKeyText(publicKey)).toBe(true);
    expect(isPublicKeyText(` ${publicKey}\n`)).toBe(true);
    expect(isPublicKeyText(publicKey.slice(0, 40))).toBe(false);
    expect(isPublicKeyText('not a key at all')).toBe(false);
    expect(keyIdOf(publicKey)).toBe(publicKey.slice(0, 8));
  });
});

describe('pack signatures (Ed25519, WebCrypto)', () => {
  it('a signed pack verifies with its key, also after being re-serialised with other spacing and key order', async () => {
    const keys = await generatePackKeys();
    const signed = await signPack(PACK, keys.privateKey, keys.publicKey);
    expect(PackSchema.safeParse(signed).success).toBe(true);
    expect(await verifyPackSignature(signed, keys.publicKey)).toEqual({ ok: true });
    const pretty = JSON.parse(JSON.stringify({ signature: signed.signature, ...PACK }, null, 4));
    expect(await verifyPackSignature(pretty, keys.publicKey)).toEqual({ ok: true });
  });

  it('refuses a tampered, an unsigned, a foreign-signed pack and a key that is not one', async () => {
    const keys = await generatePackKeys();
    const other = await generatePackKeys();
    const signed = await signPack(PACK, keys.privateKey, keys.publicKey);
    const tampered = { ...signed, replies: [{ ...PACK.replies[0], body: 'Пароль: 12345' }] };
    expect(await verifyPackSignature(tampered, keys.publicKey)).toEqual({ ok: false, reason: 'mismatch' });
    expect(await verifyPackSignature({ ...signed, revision: 'x' }, keys.publicKey)).toEqual({ ok: false, reason: 'mismatch' });
    expect(await verifyPackSignature(PACK, keys.publicKey)).toEqual({ ok: false, reason: 'unsigned' });
    expect(await verifyPackSignature(signed, other.publicKey)).toEqual({ ok: false, reason: 'mismatch' });
    expect(await verifyPackSignature(signed, 'not a key')).toEqual({ ok: false, reason: 'bad-key' });
    expect(await verifyPackSignature({ ...signed, signature: { alg: 'Ed25519', value: '!!' } }, keys.publicKey)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('a pinned subscription keeps the previous version when the update is tampered or unsigned', async () => {
    const keys = await generatePackKeys();
    const signed = await signPack(PACK, keys.privateKey, keys.publicKey);
    const serve = (body: object) => (async () => new Response(JSON.stringify(body), { status: 200, headers: { etag: '"1"' } })) as unknown as typeof fetch;
    const record = { url: 'https://team.example/pack.json', publicKey: keys.publicKey, addedAt: '2026-12-01T00:00:00.000Z' };
    const opts = { now: new Date('2026-12-04T00:00:00Z'), maxBytes: 1_000_000, timeoutMs: 1000, verify: verifyPinnedPack };
    const good = await checkSubscription(record as never, { ...opts, fetch: serve(signed) });
    expect(good.outcome).toBe('updated');
    const tampered = { ...signed, replies: [{ ...PACK.replies[0], body: 'Пароль: 12345' }] };
    const bad = await checkSubscription(record as never, { ...opts, fetch: serve(tampered) });
    expect(bad).toMatchObject({ outcome: 'kept-previous', failure: { code: 'signature', detail: 'mismatch' } });
    const unsigned = await checkSubscription(record as never, { ...opts, fetch: serve(PACK) });
    expect(unsigned).toMatchObject({ outcome: 'kept-previous', failure: { code: 'signature', detail: 'unsigned' } });
  });
});

describe('trustops pack keygen / sign / verify', () => {
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = { out: (line) => out.push(line), err: (line) => err.push(line) };
    return { code: await main(argv, io), out, err };
  }

  it('signs a pack file ready to host; verify accepts it and refuses it once edited', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trustops-sign-'));
    const keyFile = path.join(dir, 'key.json');
    const packFile = path.join(dir, 'pack.json');
    writeFileSync(packFile, JSON.stringify(PACK));
    const generated = await run('pack', 'keygen', '--out', keyFile);
    expect(generated.code).toBe(0);
    const publicKey = generated.out[0]!;
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).publicKey).toBe(publicKey);

    const signedRun = await run('pack', 'sign', packFile, '--key', keyFile, '--revision', '2026.12.1', '--now', '2026-12-04T10:00:00Z');
    expect(signedRun.code).toBe(0);
    const signed = JSON.parse(signedRun.out.join('\n'));
    expect(signed).toMatchObject({ revision: '2026.12.1', updatedAt: '2026-12-04T10:00:00.000Z', signature: { alg: 'Ed25519' } });
    const signedFile = path.join(dir, 'signed.json');
    writeFileSync(signedFile, signedRun.out.join('\n'));
    expect((await run('pack', 'verify', signedFile, '--public-key', publicKey)).code).toBe(0);

    const again = await run('pack', 'keygen', '--out', keyFile);
    expect(again.code).toBe(1);
    expect(again.err.join('\n')).toContain('already exists');
    expect(JSON.parse(readFileSync(keyFile, 'utf8')).publicKey).toBe(publicKey);
    const wrongFlag = await run('pack', 'sign', packFile, '--key', keyFile, '--version', '2');
    expect(wrongFlag.code).toBe(1);
    expect(wrongFlag.err.join('\n')).toContain('--revision');

    writeFileSync(signedFile, JSON.stringify({ ...signed, name: 'Чужая команда' }));
    const refused = await run('pack', 'verify', signedFile, '--public-key', publicKey);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toContain('signature refused (mismatch)');
  });
});
