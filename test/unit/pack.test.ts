import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packToJson, parsePackText } from '../../lib/engine/pack';
import { firstSyntaxError } from '../../lib/engine/pack/json-error';

const packs = path.resolve(__dirname, '../fixtures/packs');
const read = (file: string) => readFileSync(path.join(packs, file), 'utf8');

function expectErrors(result: ReturnType<typeof parsePackText>): string[] {
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
}

describe('parsePackText', () => {
  it('accepts the minimal { name, replies } form as version 1 with defaults filled in', () => {
    const result = parsePackText(read('coffee-shop.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.format).toBe('trustops-pack');
    expect(result.pack.version).toBe(1);
    expect(result.pack.replies).toHaveLength(25);
    expect(result.pack.replies[0]!.examples).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('refuses a 50 MB text quickly, saying the size and the limit', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const errors = expectErrors(parsePackText(huge));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toEqual(['The file is 50.0 MB; the limit is 20 MB.']);
  });

  it('honours a custom size limit counted in UTF-8 bytes', () => {
    const text = JSON.stringify({ name: 'п', replies: [] }); // Cyrillic letters take 2 bytes
    expect(parsePackText(text, { maxBytes: text.length }).ok).toBe(false);
    expect(parsePackText(text, { maxBytes: text.length + 1 }).ok).toBe(true);
  });

  it('names the line and column of a JSON syntax error', () => {
    const errors = expectErrors(parsePackText('{\n  "name": "x",\n  "replies": [,]\n}'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^invalid JSON: line 3, column 15: /);
  });

  it('finds the position of errors the engine does not locate', () => {
    for (const [text, where] of [
      ['{"name": "x",}', 'line 1, column 14'],
      ['{"name": "x"\n "replies": []}', 'line 2, column 2'],
      ['{"name": \'x\'}', 'line 1, column 10'],
      ['{"name": "x"} trailing', 'line 1, column 15'],
      ['', 'line 1, column 1'],
    ] as const) {
      expect(expectErrors(parsePackText(text))[0]).toContain(`invalid JSON: ${where}: `);
    }
  });

  it('the syntax checker accepts what JSON.parse accepts', () => {
    const valid = JSON.stringify({ a: [1, -2.5e3, 0, true, false, null, 'q"\\\u0001é'], b: {} }, null, 2);
    expect(firstSyntaxError(valid)).toBeNull();
    expect(firstSyntaxError(read('coffee-shop.json'))).toBeNull();
    expect(firstSyntaxError('[01]')).toBe(2);
  });

  it('reports an unexpected end of the file', () => {
    expect(expectErrors(parsePackText('{"name": "x", "replies": ['))[0]).toMatch(/^invalid JSON: line 1, column 27: .*end/i);
  });

  it('names the JSON path of schema errors and every duplicate id, importing nothing', () => {
    const errors = expectErrors(parsePackText(read('invalid-pack.json')));
    expect(errors).toContain('replies[1].body: body is empty');
    expect(errors).toContain('replies[2].id: duplicate reply id "a" (first used by replies[0])');
  });

  it('reports a duplicate id also when the rest of the pack is valid', () => {
    const text = JSON.stringify({ name: 'x', replies: [{ id: 'a', title: 't', body: 'b' }, { id: 'a', title: 't2', body: 'b2' }] });
    expect(expectErrors(parsePackText(text))).toEqual(['replies[1].id: duplicate reply id "a" (first used by replies[0])']);
  });

  it('keeps hostile HTML as plain text and warns about it', () => {
    const result = parsePackText(read('hostile-html.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.replies[0]!.body).toBe('<img src=x onerror=alert(1)> Здравствуйте!');
    expect(result.warnings).toEqual(['reply xss contains HTML markup; it will be inserted as plain text']);
  });

  it('warns about fields it does not know (a typo would otherwise vanish silently)', () => {
    const text = JSON.stringify({ name: 'x', replys: [], replies: [{ id: 'a', title: 't', body: 'b', tag: ['x'] }] });
    const result = parsePackText(text);
    expect(result.ok && result.warnings).toEqual(['unknown field "replys" ignored', 'replies[0].tag: unknown field ignored']);
  });

  it('accepts a byte-order mark', () => {
    expect(parsePackText('\uFEFF{"name":"x","replies":[]}').ok).toBe(true);
  });
});

describe('pack placeholder extractors', () => {
  const pack = (extra: object, reply: object = {}) =>
    JSON.stringify({ name: 'x', ...extra, replies: [{ id: 'a', title: 'Тикет', body: 'Тикет {ticket}', ...reply }] });

  it("copies the pack extractors into each reply; a reply's own wins", () => {
    const result = parsePackText(
      pack({ placeholders: { ticket: { pattern: 'T-(\\d+)' }, order: { pattern: '#(\\d+)', label: 'Заказ' } } }, { placeholders: { ticket: { pattern: 'TK(\\d+)' } } }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.pack.replies[0]!.placeholders).toEqual({ ticket: { pattern: 'TK(\\d+)' }, order: { pattern: '#(\\d+)', label: 'Заказ' } });
  });

  it('packs without extractors are unchanged', () => {
    const result = parsePackText(pack({}));
    expect(result.ok && result.pack.replies[0]!.placeholders).toBeUndefined();
  });

  it('rejects unsafe or malformed patterns, naming the placeholder', () => {
    expect(expectErrors(parsePackText(pack({ placeholders: { ticket: { pattern: '(a)\\1' } } })))).toEqual([
      expect.stringMatching(/^Pack: placeholder \{ticket\}: backreferences/),
    ]);
    expect(expectErrors(parsePackText(pack({}, { placeholders: { ticket: { pattern: 'T-\\d+' } } })))).toEqual([
      expect.stringMatching(/^Reply 1 \("Тикет"\), placeholder \{ticket\}: the pattern must have exactly one group/),
    ]);
    expect(expectErrors(parsePackText(pack({ placeholders: { 'bad name!': { pattern: '(a)' } } })))[0]).toMatch(/placeholder name/);
  });
});

describe('packToJson', () => {
  it('writes the full format that parses back to the same pack', () => {
    const first = parsePackText(read('mini-support.json'));
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const json = packToJson(first.pack);
    expect(JSON.parse(json)).toMatchObject({ format: 'trustops-pack', version: 1, id: 'mini-support-unit-tests' });
    expect(Object.keys(JSON.parse(json))).toEqual(['format', 'version', 'id', 'name', 'locale', 'replies', 'rules']);
    const again = parsePackText(json);
    expect(again.ok && again.pack).toEqual(first.pack);
  });
});
