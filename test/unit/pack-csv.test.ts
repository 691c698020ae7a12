import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRepliesCsv, repliesToCsv } from '../../lib/engine/pack';
import { MAX_CSV_REPLIES } from '../../lib/engine/pack/csv';
import { ReplySchema, type Reply } from '../../lib/schema/pack';

const csvDir = path.resolve(__dirname, '../fixtures/packs/csv');
const read = (file: string) => readFileSync(path.join(csvDir, file), 'utf8');

function expectErrors(result: ReturnType<typeof parseRepliesCsv>): string[] {
  if (result.ok) throw new Error('expected the CSV to be refused');
  return result.errors;
}

describe('parseRepliesCsv', () => {
  it('reads every column, lists split on |, ids generated from titles', () => {
    const result = parseRepliesCsv(read('replies.csv'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.replies).toHaveLength(2);
    const [late, refund] = result.replies;
    expect(late).toMatchObject({
      id: 'доставка-задерживается',
      body: 'Курьер уже в пути.\nЗаказ привезут в течение часа.',
      tags: ['delivery', 'late'],
      lang: 'ru',
      shortcut: 'zaderzhka',
      examples: ['где мой заказ', 'курьер опаздывает'],
      platforms: ['vk', 'telegram'],
    });
    expect(refund).toMatchObject({ id: 'refund', examples: [], platforms: [] });
  });

  it('names each broken row as a spreadsheet numbers it and imports nothing', () => {
    expect(expectErrors(parseRepliesCsv(read('broken-row.csv')))).toEqual([
      'row 3: body is empty',
      'row 4: expected 4 cells like the header, found 5',
    ]);
  });

  it('names the row of an unclosed quote', () => {
    expect(expectErrors(parseRepliesCsv(read('unclosed-quote.csv')))).toEqual(['row 2: a quoted cell is never closed (missing ")']);
  });

  it('counts a multi-line cell as one row', () => {
    const csv = 'title,body\nA,"line 1\nline 2\nline 3"\nB,\n';
    expect(expectErrors(parseRepliesCsv(csv))).toEqual(['row 3: body is empty']);
  });

  it('checks the header, platforms and repeated ids', () => {
    expect(expectErrors(parseRepliesCsv('title,text\nA,B\n'))).toEqual([
      'row 1: unknown column "text" (expected id, title, body, tags, lang, shortcut, examples, platforms)',
      'row 1: missing column "body"',
    ]);
    expect(expectErrors(parseRepliesCsv('title,body,platforms\nA,B,vk|whatsapp\n'))[0]).toMatch(/^row 2: unknown platform "whatsapp"/);
    expect(expectErrors(parseRepliesCsv('id,title,body\nx,A,B\nx,C,D\n'))).toEqual(['row 3: duplicate id "x" (also in row 2)']);
  });

  it('makes generated ids unique, also against given ones', () => {
    const result = parseRepliesCsv('id,title,body\n,Доставка,a\nдоставка-2,X,b\n,Доставка,c\n');
    expect(result.ok && result.replies.map((r) => r.id)).toEqual(['доставка', 'доставка-2', 'доставка-3']);
  });

  it('refuses a file over the pack limit with one clear message', () => {
    const csv = `title,body\n${'t,b\n'.repeat(MAX_CSV_REPLIES + 1)}`;
    expect(expectErrors(parseRepliesCsv(csv))).toEqual([`${MAX_CSV_REPLIES + 1} replies: a pack holds at most 100000; split the file into several packs`]);
  });

  it('counts a blank body as empty', () => {
    expect(expectErrors(parseRepliesCsv('title,body\nA,"  \n "\n'))).toEqual(['row 2: body is empty']);
  });

  it('reads semicolon-separated files as Excel writes them in Russian locales', () => {
    const result = parseRepliesCsv('\uFEFFtitle;body;tags\nДоставка;"Текст; с точкой с запятой";a|b\n');
    expect(result.ok && result.replies[0]).toMatchObject({ body: 'Текст; с точкой с запятой', tags: ['a', 'b'] });
  });
});

describe('repliesToCsv', () => {
  const tricky: Reply[] = [
    ReplySchema.parse({
      id: 'multi',
      title: 'Многострочный ответ, с запятой',
      body: 'Строка 1\nСтрока 2 с "кавычками"\n\nСтрока 4',
      tags: ['a|b', 'back\\slash'],
      lang: 'ru',
      shortcut: '/multi',
      examples: ['пример 1', 'пример | 2'],
      platforms: ['vk', 'x'],
    }),
    ReplySchema.parse({ id: 'formula', title: '=HYPERLINK("http://evil")', body: '-5% скидка\n=1+1' }),
  ];

  it('round-trips through parseRepliesCsv, multi-line bodies and separators included', () => {
    const back = parseRepliesCsv(repliesToCsv(tricky));
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(back.replies).toEqual(tricky);
  });

  it('defuses spreadsheet formulas in the file', () => {
    const csv = repliesToCsv(tricky);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('keeps bodies exactly: leading spaces and line breaks, and a body that really starts with an apostrophe', () => {
    const bodies = [
      '  two leading spaces',
      '\n\nтекст после двух переводов строки',
      "'=это текст, а не формула",
      "''два апострофа",
      "'просто апостроф",
      "'",
      '=1+1',
      '@mention',
      '\tс табуляцией',
      'в конце пробелы и перевод строки  \n',
      'CRLF\r\nвнутри',
    ];
    const replies = bodies.map((body, i) => ReplySchema.parse({ id: `b${i}`, title: i === 2 ? "'=title" : `T${i}`, body }));
    const back = parseRepliesCsv(repliesToCsv(replies));
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(back.replies.map((r) => r.body)).toEqual(bodies);
    expect(back.replies[2]!.title).toBe("'=title");
    expect(back.replies).toEqual(replies);
  });

  it('still defuses every formula start, and reads a hand-written protected cell as text', () => {
    const csv = repliesToCsv([ReplySchema.parse({ id: 'q', title: 'Q', body: "'=1+1" })]);
    expect(csv).toContain(`''=1+1`); // a spreadsheet shows '=1+1 as text, never runs it
    const handWritten = parseRepliesCsv("title,body\nA,'=SUM(1)\nB,'plain\n");
    expect(handWritten.ok && handWritten.replies.map((r) => r.body)).toEqual(['=SUM(1)', "'plain"]);
  });

  it('writes the header even for no replies', () => {
    expect(repliesToCsv([])).toBe('id,title,body,tags,lang,shortcut,examples,platforms\r\n');
  });
});
