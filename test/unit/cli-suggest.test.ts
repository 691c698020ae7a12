import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import type { CliIO } from '../../lib/cli/io';

const fixtures = path.resolve(__dirname, '../fixtures');
const pack = path.join(fixtures, 'packs/mini-support.json');
const messages = (file: string) => path.join(fixtures, 'messages', file);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('trustops suggest', () => {
  it('prints a numbered list for one message', async () => {
    const { code, out, err } = await run('suggest', '--pack', pack, 'где моя доставка? жду уже час');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/^1\. delivery-late {2}\(score \d+\.\d\d\) {2}Доставка задерживается$/);
  });

  it('prints JSON with --json, an empty list when nothing fits', async () => {
    const fits = await run('suggest', '--pack', pack, '--json', '--k', '1', 'vozvrat');
    expect(JSON.parse(fits.out[0]!)).toEqual({ suggestions: [{ replyId: 'refund', score: expect.any(Number) }] });
    const nothing = await run('suggest', '--pack', pack, '--json', 'кто идёт на концерт?');
    expect(JSON.parse(nothing.out[0]!)).toEqual({ suggestions: [] });
  });

  it('answers a batch line by line in input order, honouring each line\'s platform', async () => {
    const { code, out } = await run('suggest', '--pack', pack, '--batch', messages('mini-batch.jsonl'));
    expect(code).toBe(0);
    const lines = out.map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['b1', 2, 'b3']);
    expect(lines[0].suggestions[0].replyId).toBe('delivery-late');
    expect(lines[1].suggestions).toEqual([]);
    expect(lines[2].suggestions[0].replyId).toBe('telegram-promo');
    for (const line of lines) expect(Object.keys(line)).toEqual(['id', 'suggestions']);
  });

  it('learns from --learn picks before ranking', async () => {
    const text = 'чайник опять совсем не греет воду';
    const before = await run('suggest', '--pack', pack, '--json', text);
    const after = await run('suggest', '--pack', pack, '--json', '--learn', messages('mini-picks.jsonl'), text);
    expect(JSON.parse(before.out[0]!).suggestions[0]?.replyId).not.toBe('warranty');
    expect(JSON.parse(after.out[0]!).suggestions[0].replyId).toBe('warranty');
  });

  it('refuses a pick naming a reply that is not in the pack, with file and line', async () => {
    const { code, out, err } = await run('suggest', '--pack', pack, '--learn', messages('mini-picks-unknown-reply.jsonl'), 'чайник');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/mini-picks-unknown-reply\.jsonl:2: replyId: no reply with this id in the pack/);
  });

  it('refuses an invalid pack naming the file and the JSON path', async () => {
    const { code, err } = await run('suggest', '--pack', path.join(fixtures, 'packs/invalid-pack.json'), 'доставка');
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('invalid-pack.json: replies[1].body: body is empty');
  });

  it('explains usage mistakes with exit code 1', async () => {
    expect((await run('suggest', 'доставка')).err.join('\n')).toMatch(/--pack FILE is required/);
    expect((await run('suggest', '--pack', pack)).code).toBe(1);
    expect((await run('suggest', '--pack', pack, '--k', 'many', 'x')).err.join('\n')).toMatch(/--k must be a whole number/);
    expect((await run('suggest', '--pack', pack, '--batch', messages('mini-batch.jsonl'), 'text')).code).toBe(1);
    expect((await run('suggest', '--pack', pack, '--nope', 'x')).code).toBe(1);
    expect((await run('suggest', '--pack', '/no/such/file.json', 'x')).err.join('\n')).toMatch(/cannot read the file/);
  });
});
