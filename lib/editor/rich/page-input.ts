/**
 * Synthetic input events as an editor expects them from a real paste or a spell-checker's
 * replacement. Runs in the page's MAIN world (see bridge-protocol.ts). Each returns whether the
 * editor cancelled the event: an untrusted event has no default action, so an editor that did
 * not cancel it did not take the text.
 */

/** The page's own constructors and dispatch, captured before any page script could replace them. */
export interface PageNatives {
  DataTransfer: typeof DataTransfer;
  ClipboardEvent: typeof ClipboardEvent;
  InputEvent: typeof InputEvent;
  CustomEvent: typeof CustomEvent;
  dispatchEvent: EventTarget['dispatchEvent'];
}

export function capturePageNatives(win: Window & typeof globalThis): PageNatives {
  return {
    DataTransfer: win.DataTransfer,
    ClipboardEvent: win.ClipboardEvent,
    InputEvent: win.InputEvent,
    CustomEvent: win.CustomEvent,
    dispatchEvent: win.EventTarget.prototype.dispatchEvent,
  };
}

function transferOf(natives: PageNatives, text: string, html?: string): DataTransfer {
  const data = new natives.DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  return data;
}

export function dispatchPaste(natives: PageNatives, target: Element, text: string, html?: string): boolean {
  const event = new natives.ClipboardEvent('paste', {
    clipboardData: transferOf(natives, text, html),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !natives.dispatchEvent.call(target, event);
}

/**
 * `insertReplacementText` with a DataTransfer: Lexical inserts it through its controlled-text
 * command, paragraphs included. (`insertFromPaste` as a beforeinput is ignored by Lexical, which
 * takes pasted data from the paste event only; a plain `insertText` waits for a native input
 * that never follows a synthetic event.)
 */
export function dispatchReplacementText(natives: PageNatives, target: Element, text: string): boolean {
  const event = new natives.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    dataTransfer: transferOf(natives, text),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !natives.dispatchEvent.call(target, event);
}
