/**
 * Read-back for multi-line text. The generic check (../readback.ts) collapses all whitespace,
 * so it cannot see an editor that dropped the line breaks or turned them into spaces, which is
 * exactly how rich editors fail. Here the editor's rendered text and the reply are compared line
 * by line: every non-empty line of the reply must appear, in order, as consecutive lines.
 *
 * Empty lines are left out on both sides: `innerText` renders paragraphs (<p>) with a blank line
 * between them, so the DOM cannot say how many blank lines the editor really holds.
 */
export function significantLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter(Boolean);
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * True when the reply's lines appear in `after` more often than in `before`. The first and last
 * reply lines may share their rendered line with text that was already there around the caret.
 */
export function linesWereInserted(before: string, after: string, text: string): boolean {
  const needle = significantLines(text).join('\n');
  if (!needle) return false;
  return countOccurrences(significantLines(after).join('\n'), needle) > countOccurrences(significantLines(before).join('\n'), needle);
}
