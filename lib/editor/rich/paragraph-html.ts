/**
 * The text/html flavour for a ProseMirror paste: one <p> per line, empty lines as empty
 * paragraphs. ProseMirror's own text/plain parser splits on runs of newlines, so a reply's blank
 * line would vanish; `white-space: pre-wrap` makes its HTML parser keep runs of spaces as typed.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function paragraphsHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line ? `<p style="white-space: pre-wrap">${escapeHtml(line)}</p>` : '<p></p>'))
    .join('');
}
