import { describe, expect, it } from 'vitest';
import { parsePackText, parseRepliesCsv } from '../../lib/engine/pack';
import { plainCsvErrors, plainPackErrors, plainSchemaErrors } from '../../lib/pack/import-errors';
import { PackSchema } from '../../lib/schema/pack';

/** What the import shows for a pack file: the reader's verdict in plain words. */
function errorsFor(pack: unknown, lang: 'ru' | 'en'): string[] {
  const text = typeof pack === 'string' ? pack : JSON.stringify(pack);
  const parsed = parsePackText(text);
  if (parsed.ok) throw new Error('expected the pack to be refused');
  return plainPackErrors(text, parsed.errors, lang);
}

const reply = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Title ${id}`, body: `Body ${id}`, ...extra });

describe('plainPackErrors', () => {
  it('names the row (index + 1) and the field in words, without JSON paths', () => {
    const pack = { name: 'P', replies: [reply('a'), reply('b'), reply('c', { body: '' })] };
    expect(errorsFor(pack, 'ru')).toEqual(['Ответ в строке 3: нет текста']);
    expect(errorsFor(pack, 'en')).toEqual(['The reply in row 3 has no text']);
  });

  it('treats a missing field like an empty one', () => {
    const pack = { name: 'P', replies: [{ id: 'x', body: 'b' }] };
    expect(errorsFor(pack, 'ru')).toEqual(['Ответ в строке 1: нет заголовка']);
    expect(errorsFor(pack, 'en')).toEqual(['The reply in row 1 has no title']);
  });

  it('says which type a field needs, how long it may be, and what values are allowed', () => {
    const pack = {
      name: 'P',
      replies: [reply('a', { tags: 'one' }), reply('b', { title: 'x'.repeat(501) }), reply('c', { platforms: ['myspace'] })],
    };
    const ru = errorsFor(pack, 'ru');
    expect(ru[0]).toBe('Ответ в строке 1: поле «теги» должно быть списком');
    expect(ru[1]).toMatch(/^Ответ в строке 2: поле «заголовок» длиннее 500 симв\.$/);
    expect(ru[2]).toMatch(/^Ответ в строке 3: «myspace» не подходит для поля «площадки, элемент 1»; можно: .*vk/);
    const en = errorsFor(pack, 'en');
    expect(en[0]).toBe('The reply in row 1: the tags must be a list');
    expect(en[1]).toBe('The reply in row 2: the title is longer than 500 characters');
    expect(en[2]).toMatch(/^The reply in row 3: "myspace" is not allowed as the platforms, item 1; use .*telegram/);
    for (const line of [...ru, ...en]) expect(line).not.toMatch(/replies\[|\.body|\.title/);
  });

  it('names the pack itself and a file that is no pack at all', () => {
    expect(errorsFor({ name: '  ', replies: [] }, 'ru')).toEqual(['Набор: нет названия']);
    expect(errorsFor({ name: 'P' }, 'en')).toEqual(['The pack has no list of replies']);
    expect(errorsFor([1, 2], 'ru')).toEqual(['Это не набор ответов: нужен объект с полями «name» и «replies»']);
  });

  it('names both rows of a repeated id', () => {
    const pack = { name: 'P', replies: [reply('a'), reply('b'), reply('a')] };
    expect(errorsFor(pack, 'ru')).toEqual(['Ответ в строке 3: идентификатор «a» уже есть у ответа в строке 1']);
    expect(errorsFor(pack, 'en')).toEqual(['The reply in row 3 repeats the id "a" of the reply in row 1']);
  });

  it('explains broken JSON with line and column', () => {
    const [ru] = errorsFor('{\n  "name": "P",\n  "replies": [,]\n}', 'ru');
    expect(ru).toMatch(/^Файл не читается как JSON: строка 3, столбец 15 \(/);
    const [en] = errorsFor('{"name": ', 'en');
    expect(en).toMatch(/^The file is not valid JSON: line 1, column 10 \(/);
  });

  it('caps a long list with a count of the rest in the interface language', () => {
    const pack = { name: 'P', replies: Array.from({ length: 60 }, (_, i) => reply(`r${i}`, { body: '' })) };
    const lines = errorsFor(pack, 'ru');
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toBe('… и ещё 10');
  });
});

describe('plainSchemaErrors', () => {
  it('words a pack assembled on the page', () => {
    const input = { name: 'P', replies: [reply('a', { examples: ['x'.repeat(2001)] })] };
    const parsed = PackSchema.safeParse(input);
    if (parsed.success) throw new Error('expected a schema error');
    expect(plainSchemaErrors(parsed.error, input, 'en')).toEqual([
      'The reply in row 1: the examples, item 1 is longer than 2,000 characters',
    ]);
    expect(plainSchemaErrors(parsed.error, input, 'ru')[0]).toMatch(/^Ответ в строке 1: поле «примеры, элемент 1» длиннее 2\s000 симв\.$/);
  });
});

describe('plainCsvErrors', () => {
  it('names the CSV row in the interface language', () => {
    const parsed = parseRepliesCsv('id,title,body\na,Title,Body\nb,Title,\n');
    if (parsed.ok) throw new Error('expected the CSV to be refused');
    expect(plainCsvErrors(parsed.errors, 'ru')).toEqual(['Строка 3: нет текста']);
    expect(plainCsvErrors(parsed.errors, 'en')).toEqual(['Row 3 has no text']);
  });
});

describe('plainCsvErrors, reader messages', () => {
  it('words a short row and a repeated id', () => {
    const parsed = parseRepliesCsv('id,title,body,tags\na,T,B,x\nb,T,B\na,T2,B2,y\n');
    if (parsed.ok) throw new Error('expected the CSV to be refused');
    expect(plainCsvErrors(parsed.errors, 'ru')).toEqual(['Строка 3: ячеек 3, а в заголовке 4', 'Строка 4: идентификатор «a» уже есть в строке 2']);
    expect(plainCsvErrors(parsed.errors, 'en')).toEqual(['Row 3: 3 cells, but the header has 4', 'Row 4: the id "a" is already used in row 2']);
  });
});
