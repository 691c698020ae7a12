// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { composerOf } from '../../lib/editor/detect';
import { detectEditorKind } from '../../lib/editor/drivers';
import { CLIPBOARD_HELPER_ATTRIBUTE } from '../../lib/editor/clipboard';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('composerOf', () => {
  it('accepts writable textareas and text inputs, not other fields', () => {
    const root = html(`
      <textarea id="a"></textarea><input id="b"><input id="c" type="search">
      <input id="d" type="password"><input id="e" type="checkbox"><textarea id="f" readonly></textarea>
      <input id="g" disabled><button id="h">x</button>`);
    const pick = (id: string) => composerOf(root.querySelector(`#${id}`));
    expect(['a', 'b', 'c'].map(pick).map((el) => el?.id)).toEqual(['a', 'b', 'c']);
    expect(['d', 'e', 'f', 'g', 'h'].map(pick)).toEqual([null, null, null, null, null]);
  });

  it('returns the editing host for a node deep inside a contenteditable', () => {
    const root = html(`<div id="host" contenteditable="true"><p><b id="inner">hi</b></p></div>`);
    expect(composerOf(root.querySelector('#inner'))?.id).toBe('host');
  });

  it('ignores the hidden textarea used for the clipboard fallback', () => {
    const root = html(`<textarea ${CLIPBOARD_HELPER_ATTRIBUTE}></textarea>`);
    expect(composerOf(root.querySelector('textarea'))).toBeNull();
  });
});

describe('detectEditorKind', () => {
  it.each([
    ['<textarea id="x"></textarea>', 'text-field'],
    ['<div id="x" contenteditable="true"></div>', 'contenteditable'],
    ['<div id="x" contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div class="DraftEditor-root"><div id="x" contenteditable="true"><div data-contents="true"></div></div></div>', 'draftjs'],
    ['<div id="x" class="ProseMirror" contenteditable="true"></div>', 'prosemirror'],
    ['<div id="x" class="ql-editor" contenteditable="true"></div>', 'quill'],
    ['<div id="x"></div>', null],
  ])('%s → %s', (markup, kind) => {
    expect(detectEditorKind(html(markup).querySelector('#x')!)).toBe(kind);
  });
});
