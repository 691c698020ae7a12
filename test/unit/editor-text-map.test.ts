// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../lib/editor/draft';
import { mapEditorText, rangeForOffsets } from '../../lib/editor/text-map';

function editor(html: string): HTMLElement {
  const host = document.createElement('div');
  host.contentEditable = 'true';
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the text of a contenteditable', () => {
  it('counts a <br> as one line break and starts each block on a new line', () => {
    const host = editor('<div>Hello <b>dear</b> world</div><div><br></div><div>second</div>');
    expect(mapEditorText(host).text).toBe('Hello dear world\n\nsecond');
  });

  it('adds no break for trailing blocks, and none twice after a <br> that ends a block', () => {
    expect(mapEditorText(editor('one<br>two')).text).toBe('one\ntwo');
    expect(mapEditorText(editor('<p>one<br></p><p>two</p>')).text).toBe('one\ntwo');
    expect(mapEditorText(editor('<p>one</p><p></p>')).text).toBe('one');
  });

  it('ignores indentation between blocks in the markup', () => {
    expect(mapEditorText(editor('\n  <p>a</p>\n  <p>b</p>\n')).text).toBe('a\nb');
  });

  it('reads no-break spaces as spaces without moving offsets', () => {
    const host = editor('a\u00a0 b');
    expect(readDraft(host).text).toBe('a  b');
    expect(readDraft(host).text).toHaveLength(mapEditorText(host).text.length);
  });
});

describe('text offsets to DOM ranges', () => {
  it('spans inline elements', () => {
    const host = editor('<div>Hello <b>dear</b> world</div>');
    const map = mapEditorText(host);
    const range = rangeForOffsets(map, host, 6, 14)!;
    expect(range.toString()).toBe('dear wor');
    expect(range.startContainer.textContent).toBe('dear');
  });

  it('finds text after line breaks and blocks', () => {
    const host = editor('<div>first</div><div>card 4111 1111 1111 1111</div>');
    const map = mapEditorText(host);
    const start = map.text.indexOf('4111');
    const range = rangeForOffsets(map, host, start, start + 19)!;
    expect(range.toString()).toBe('4111 1111 1111 1111');
  });

  it('a range that starts right after a break starts in the next text, not at the end of the previous one', () => {
    const host = editor('one<br>two');
    const map = mapEditorText(host);
    const range = rangeForOffsets(map, host, 4, 7)!;
    expect(range.startContainer.textContent).toBe('two');
    expect(range.startOffset).toBe(0);
  });

  it('has no range for offsets outside the text', () => {
    const host = editor('short');
    expect(rangeForOffsets(mapEditorText(host), host, 2, 99)).toBeNull();
  });
});
