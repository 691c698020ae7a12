import { linesWereInserted } from '../rich/line-readback';
import { sameLines } from './line-compare';
import { hasMarker } from './markers';
import { selectDraftRange } from './select-range';
import type { Attempt, EditorDriver } from './types';

/**
 * What the four framework editors (Draft.js, Lexical, ProseMirror, Quill) share: a marker to
 * recognise them, a measured plan of page-world events (../rich/README.md), line-by-line
 * read-back, and a selection they own (they read it from `selectionchange`).
 */
export function pageWorldDriver<K extends string>(kind: K, marker: string, insertPlan: readonly Attempt[]): EditorDriver<K> {
  return {
    kind,
    matches: (host) => host.isContentEditable && hasMarker(host, marker),
    insertPlan,
    selectRange: selectDraftRange,
    wasInserted: linesWereInserted,
    draftIs: sameLines,
    ownsSelection: true,
    writesEmptyText: false,
  };
}
