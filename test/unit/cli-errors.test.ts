import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../lib/cli/main';
import * as suggestEngine from '../../lib/engine/suggest';

const packs = resolve(__dirname, '../fixtures/packs');
const PACK = join(packs, 'coffee-shop.json');
const dir = mkdtempSync(join(tmpdir(), 'trustops-cli-errors-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}

/** One clear message: no stack frames ("    at fn (file:line)"), no zod dump. */
function expectClear(err: string) {
  expect(err).not.toMatch(/^\s+at /m);
  expect(err).not.toMatch(/ZodError|"code":|node:internal/);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CLI: never a raw stack trace', () => {
  it('refuses a directory given as a file, for every command', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const cases = [
      ['pack', 'validate', folder],
      ['pack', 'import-csv', folder],
      ['suggest', '--pack', folder, 'где заказ'],
      ['check', '--rules', folder, 'текст'],
      ['sla', '--policy', folder, '--events', folder, '--now', '2026-11-23T12:00:00Z'],
    ];
    for (const argv of cases) {
      const { code, out, err } = await run(...argv);
      expect({ argv, code, out }).toEqual({ argv, code: 1, out: [] });
      expect(err).toBe(`${folder}: is a directory, not a file`);
    }
  });

  it('refuses import-csv over the row limit with one line', async () => {
    const csv = file('huge.csv', `title,body\n${'t,b\n'.repeat(100_001)}`);
    const { code, out, err } = await run('pack', 'import-csv', csv);
    expect([code, out]).toEqual([1, []]);
    expect(err).toBe(`${csv}: 100001 replies: a pack holds at most 100000; split the file into several packs`);
  });

  it('refuses a --name longer than a pack name may be', async () => {
    const csv = file('small.csv', 'title,body\nДоставка,Курьер в пути\n');
    const { code, err } = await run('pack', 'import-csv', csv, '--name', 'x'.repeat(5000));
    expect(code).toBe(1);
    expect(err).toBe('pack import-csv: --name is too long (5000 characters, at most 300)');
    expectClear(err);
    const ok = await run('pack', 'import-csv', csv, '--name', 'x'.repeat(300));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out.join('\n')).name).toHaveLength(300);
  });

  it('turns any unexpected error into one line on stderr and exit 1', async () => {
    vi.spyOn(suggestEngine, 'createSuggestIndex').mockImplementation(() => {
      throw new RangeError('boom\n    at somewhere (file.ts:1:1)');
    });
    const { code, out, err } = await run('suggest', '--pack', PACK, 'где заказ');
    expect([code, out]).toEqual([1, []]);
    expect(err).toBe('suggest: unexpected error: RangeError: boom at somewhere (file.ts:1:1)');
    expect(err.split('\n')).toHaveLength(1);
  });
});

describe('CLI: platforms and empty batches', () => {
  it('check --platform rejects an unknown platform like suggest does', async () => {
    const check = await run('check', '--platform', 'whatsapp', 'Привет');
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/^check: unknown --platform "whatsapp" \(use vk, telegram, x, /);
    const suggest = await run('suggest', '--pack', PACK, '--platform', 'whatsapp', 'где заказ');
    expect(suggest.err).toMatch(/^suggest: unknown --platform "whatsapp" \(use vk, telegram, x, /);
    expect((await run('check', '--platform', 'telegram', 'Привет')).code).toBe(0);
  });

  it('check accepts a platform the profile sets a limit for, and checks batch platforms too', async () => {
    const profile = file('profile.json', JSON.stringify({ limits: { threads: 10 } }));
    const ok = await run('check', '--profile', profile, '--platform', 'threads', 'Очень длинный ответ');
    expect(ok.code).toBe(0);
    expect(ok.out.join('\n')).toMatch(/length/);
    const batch = file('platform.jsonl', '{"id":1,"text":"a","platform":"whatsapp"}\n');
    const bad = await run('check', '--batch', batch);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(new RegExp(`^${batch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: platform: unknown platform "whatsapp"`));
  });

  it('warns on stderr about an empty batch (and still succeeds)', async () => {
    const empty = file('empty.jsonl', '\n\n');
    for (const argv of [['check', '--batch', empty], ['suggest', '--pack', PACK, '--batch', empty]]) {
      const { code, out, err } = await run(...argv);
      expect({ argv, code, out, err }).toEqual({ argv, code: 0, out: [], err: `${empty}: warning: the file has no lines, nothing to do` });
    }
  });
});
