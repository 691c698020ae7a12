import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import type { CliIO } from '../../lib/cli/io';
import { PackSchema } from '../../lib/schema/pack';

const packs = path.resolve(__dirname, '../fixtures/packs');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('trustops pack validate', () => {
  it('prints the counts of a valid pack', async () => {
    expect(await run('pack', 'validate', path.join(packs, 'coffee-shop.json'))).toEqual({
      code: 0,
      out: ['ok: 25 replies, 0 rules'],
      err: [],
    });
  });

  it('exits 1 naming the file and each JSON path', async () => {
    const file = path.join(packs, 'invalid-pack.json');
    const { code, out, err } = await run('pack', 'validate', file);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n').split('\n')).toEqual([
      `${file}: replies[1].body: body is empty`,
      `${file}: replies[2].id: duplicate reply id "a" (first used by replies[0])`,
    ]);
  });

  it('passes a pack with HTML but warns on stderr', async () => {
    const { code, out, err } = await run('pack', 'validate', path.join(packs, 'hostile-html.json'));
    expect(code).toBe(0);
    expect(out).toEqual(['ok: 2 replies, 0 rules']);
    expect(err.join('\n')).toMatch(/warning: reply xss contains HTML markup; it will be inserted as plain text/);
  });
});

describe('trustops pack import-csv', () => {
  it('prints the pack JSON, named after the file unless --name is given', async () => {
    const { code, out } = await run('pack', 'import-csv', path.join(packs, 'csv/replies.csv'));
    expect(code).toBe(0);
    const pack = PackSchema.parse(JSON.parse(out.join('\n')));
    expect(pack).toMatchObject({ format: 'trustops-pack', version: 1, name: 'replies', id: 'replies' });
    expect(pack.replies.map((r) => r.id)).toEqual(['доставка-задерживается', 'refund']);
    const named = await run('pack', 'import-csv', '--name', 'Поддержка', path.join(packs, 'csv/replies.csv'));
    expect(JSON.parse(named.out.join('\n')).name).toBe('Поддержка');
  });

  it('exits 1 naming the file and the spreadsheet row', async () => {
    const file = path.join(packs, 'csv/broken-row.csv');
    const { code, out, err } = await run('pack', 'import-csv', file);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n').split('\n')).toEqual([
      `${file}: row 3: body is empty`,
      `${file}: row 4: expected 4 cells like the header, found 5`,
    ]);
  });

  it('explains an unknown subcommand', async () => {
    const { code, err } = await run('pack', 'explode');
    expect(code).toBe(1);
    expect(err[0]).toMatch(/unknown subcommand "explode"/);
  });
});
