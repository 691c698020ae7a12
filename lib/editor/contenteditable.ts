/**
 * Writes into a contenteditable editor at the current selection (the caller restored it).
 *
 * First choice: the browser's own editing commands, line by line. `insertText` with "\n" would
 * let each editor guess what a newline means; an explicit line break keeps every line of a
 * multi-line reply. Where the commands are refused, the text is placed with a Range and an
 * `input` event tells the page's listeners about it.
 */
export function insertIntoContentEditable(host: HTMLElement, text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const markupBefore = host.innerHTML;
  if (insertWithCommands(host.ownerDocument, lines)) return true;
  // Some lines went in before a command failed: a second write would duplicate them.
  if (host.innerHTML !== markupBefore) return false;
  return insertWithRange(host, lines, text);
}

function exec(doc: Document, command: string, value?: string): boolean {
  try {
    return doc.execCommand(command, false, value);
  } catch {
    return false;
  }
}

function insertWithCommands(doc: Document, lines: string[]): boolean {
  return lines.every((line, index) => {
    if (index > 0 && !exec(doc, 'insertLineBreak') && !exec(doc, 'insertParagraph')) return false;
    return line === '' || exec(doc, 'insertText', line);
  });
}

function insertWithRange(host: HTMLElement, lines: string[], text: string): boolean {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  let range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range || !host.contains(range.commonAncestorContainer)) {
    range = doc.createRange();
    range.selectNodeContents(host);
    range.collapse(false);
  }
  const fragment = doc.createDocumentFragment();
  lines.forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}
