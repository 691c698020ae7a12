import { isTextField } from './detect';

/** The text an editor currently shows: a field's value, or the rendered text of a rich editor. */
export function readEditorText(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  // innerText follows rendering (line breaks from <br> and blocks); textContent is the fallback
  // for environments without layout.
  return el.innerText || el.textContent || '';
}

/**
 * Editors re-wrap text: lines become <br>, <p> or <div>, spaces become NBSP. Comparing with all
 * whitespace runs collapsed checks the words and their order, which is what the user cares about.
 */
export function normalizeForComparison(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * True when `text` appears in the editor more often than it did before the write: a reply that
 * was already in the draft does not count as inserted again.
 */
export function textWasInserted(before: string, after: string, text: string): boolean {
  const needle = normalizeForComparison(text);
  return occurrences(normalizeForComparison(after), needle) > occurrences(normalizeForComparison(before), needle);
}
