import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { repoRoot } from './tone-helpers';

const profile = resolve(repoRoot, 'test/fixtures/tone/zernoipar-profile.json');
const dir = mkdtempSync(join(tmpdir(), 'trustops-check-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['check', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('check CLI', () => {
  it('checks a batch: one JSON line per input line, same order, per-line platform and kind', async () => {
    const batch = file(
      'in.jsonl',
      [
        '{"id":"a","text":"Звоните 8 800 555-01-01"}',
        '',
        '{"id":"b","text":"Скидка 20% по промокоду BEANS20","kind":"post"}',
        '{"id":3,"text":"' + 'a'.repeat(300) + '","platform":"x"}',
      ].join('\n'),
    );
    const { code, out } = await run('--profile', profile, '--batch', batch);
    expect(code).toBe(0);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 3]);
    expect(lines[0].findings).toEqual([]);
    expect(lines[1].findings.map((f: { category: string }) => f.category)).toEqual(['ad-label']);
    expect(lines[2].findings[0]).toMatchObject({ category: 'length', start: 280, end: 300, severity: 'warn' });
    expect(Object.keys(lines[1].findings[0]).sort()).toEqual(['category', 'end', 'message', 'ruleId', 'severity', 'start']);
  });

  it('prints {"findings"} for one TEXT with --json, and a readable list without', async () => {
    const json = await run('--profile', profile, '--json', 'Напишем тебе');
    expect(JSON.parse(json.out[0]!).findings[0]).toMatchObject({ category: 'address-form', start: 8, end: 12, fix: 'вам' });
    const readable = await run('Без комментариев');
    expect(readable.out.join('\n')).toMatch(/BLOCK no-comment \[0–16\]/);
    expect(readable.out.at(-1)).toMatch(/^blocked: 1 block/);
  });

  it('reads custom rules from a pack with --rules', async () => {
    const pack = file('pack.json', JSON.stringify({ name: 'p', replies: [], rules: [{ id: 'late', category: 'excuse', message: 'm', kind: 'phrase', phrases: ['много заказов'] }] }));
    const { out } = await run('--rules', pack, '--json', 'Сегодня очень много заказов');
    expect(JSON.parse(out[0]!).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['late']);
  });

  it('exits 1 naming the file, line and JSON path of invalid input', async () => {
    const batch = file('bad.jsonl', '{"id":"a","text":"ok"}\n{"id":"b"}\nnot json\n');
    const bad = await run('--batch', batch);
    expect(bad.code).toBe(1);
    expect(bad.err.join('\n')).toContain(`${batch}:2: text:`);
    expect(bad.err.join('\n')).toContain(`${batch}:3: invalid JSON`);

    const badProfile = await run('--profile', file('profile.json', '{"addressForm":"they"}'), 'x');
    expect(badProfile.code).toBe(1);
    expect(badProfile.err.join('\n')).toMatch(/profile\.json: addressForm:/);

    const badRule = file('rules.json', JSON.stringify({ rules: [{ id: 'r', category: 'c', message: 'm', kind: 'regex', pattern: '(a)\\1' }] }));
    const rules = await run('--rules', badRule, 'x');
    expect(rules.code).toBe(1);
    expect(rules.err.join('\n')).toMatch(/rules\[0\] \(r\): backreferences/);

    expect((await run('--kind', 'story', 'x')).code).toBe(1);
    expect((await run()).code).toBe(1);
    expect((await run('--nope', 'x')).code).toBe(1);
  });
});
