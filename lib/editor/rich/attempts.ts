import type { Attempt } from '../drivers/types';
import { readEditorText } from '../readback';
import { askPageToInput } from './bridge-client';
import { paragraphsHtml } from './paragraph-html';

/** The ways of writing that the rich editors' drivers (../drivers/<kind>.ts) build their plans from. */
const always = () => true;
const isSingleLine = (text: string) => !/[\r\n]/.test(text);

/** A paste of text/plain, fired in the page's world by the editor bridge. */
export const pasteInPage: Attempt = {
  name: 'synthetic paste (text/plain)',
  fits: always,
  write: (editor, text) => askPageToInput(editor, 'paste', text)?.consumed ?? false,
};

/** A paste that also carries one <p> per line as text/html, for ProseMirror (see paragraph-html.ts). */
export const pasteParagraphsInPage: Attempt = {
  name: 'synthetic paste (text/plain + paragraphs as text/html)',
  fits: always,
  write: (editor, text) => askPageToInput(editor, 'paste', text, paragraphsHtml(text))?.consumed ?? false,
};

/** beforeinput insertReplacementText with a DataTransfer, fired in the page's world. */
export const replacementTextInPage: Attempt = {
  name: 'synthetic beforeinput insertReplacementText',
  fits: always,
  write: (editor, text) => askPageToInput(editor, 'replacement-text', text)?.consumed ?? false,
};

function execInsertText(editor: HTMLElement, text: string): boolean {
  try {
    return editor.ownerDocument.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** The browser's own typing command, the whole text at once. */
export const execCommandText: Attempt = { name: 'execCommand insertText', fits: always, write: execInsertText };

/** The same for editors that merge lines given this way (Lexical): single-line text only. */
export const execCommandSingleLine: Attempt = {
  name: 'execCommand insertText (single line)',
  fits: (_editor, text) => isSingleLine(text),
  write: execInsertText,
};

/**
 * Draft.js only: the browser edits Draft's DOM behind React, which Draft then reads back. Into an
 * empty Draft editor this makes React fail to reconcile the placeholder <br> and unmount the
 * editor (seen with React 19), so only a single line into an editor that already has text.
 */
export const execCommandIntoDraftText: Attempt = {
  name: 'execCommand insertText (single line, non-empty Draft.js)',
  fits: (editor, text) => isSingleLine(text) && readEditorText(editor).trim() !== '',
  write: execInsertText,
};
