import { describe, expect, it } from 'vitest';
import { linesWereInserted, significantLines } from '../../lib/editor/rich/line-readback';
import { escapeHtml, paragraphsHtml } from '../../lib/editor/rich/paragraph-html';

const REPLY = 'Здравствуйте, Анна!\nЗаказ в пути.\n\nС уважением, команда';

describe('line-by-line read-back', () => {
  it('accepts the reply rendered as paragraphs (innerText doubles the breaks around <p>)', () => {
    const rendered = 'Здравствуйте, Анна!\n\nЗаказ в пути.\n\n\n\nС уважением, команда\n';
    expect(linesWereInserted('', rendered, REPLY)).toBe(true);
  });

  it('accepts a reply whose first and last lines share their line with the text around the caret', () => {
    const before = 'Добрый день!  Хорошего дня.';
    const after = 'Добрый день! Здравствуйте, Анна!\nЗаказ в пути.\nС уважением, команда Хорошего дня.';
    expect(linesWereInserted(before, after, REPLY)).toBe(true);
  });

  it('rejects an editor that dropped the line breaks or turned them into spaces', () => {
    expect(linesWereInserted('', 'Здравствуйте, Анна!Заказ в пути.С уважением, команда', REPLY)).toBe(false);
    expect(linesWereInserted('', 'Здравствуйте, Анна! Заказ в пути. С уважением, команда', REPLY)).toBe(false);
  });

  it('rejects a reply that lost a line, and one that was already in the draft', () => {
    expect(linesWereInserted('', 'Здравствуйте, Анна!\nС уважением, команда', REPLY)).toBe(false);
    expect(linesWereInserted(REPLY, REPLY, REPLY)).toBe(false);
    expect(linesWereInserted(REPLY, `${REPLY}\n${REPLY}`, REPLY)).toBe(true);
  });

  it('reads no-break and zero-width spaces as spaces', () => {
    expect(significantLines('a\u00a0 b\u200b\n\n  c  ')).toEqual(['a b', 'c']);
    expect(linesWereInserted('', 'С\u00a0уважением,\u00a0команда', 'С уважением,  команда')).toBe(true);
  });

  it('never counts an empty text as inserted', () => {
    expect(linesWereInserted('', 'anything', '\n\n')).toBe(false);
  });
});

describe('paragraph HTML for ProseMirror', () => {
  it('has one paragraph per line, empty ones for blank lines, spaces kept', () => {
    expect(paragraphsHtml('a  b\n\nc')).toBe(
      '<p style="white-space: pre-wrap">a  b</p><p></p><p style="white-space: pre-wrap">c</p>',
    );
  });

  it('escapes markup: a reply is always text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"> & co')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
    expect(paragraphsHtml('<b>x</b>')).not.toContain('<b>');
  });
});
