import { significantLines } from '../rich/line-readback';

/**
 * Two drafts hold the same words on the same lines. Editors re-wrap whitespace (NBSP, paragraph
 * elements, blank lines rendered twice), but a lost or added line break is a different draft.
 */
export function sameLines(actual: string, expected: string): boolean {
  return significantLines(actual).join('\n') === significantLines(expected).join('\n');
}
