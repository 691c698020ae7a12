import type { DraftSnapshot } from '../draft';

/** One way of writing text at an editor's current selection. */
export interface Attempt {
  name: string;
  /** False where this way is known to break the editor or lose lines. */
  fits: (editor: HTMLElement, text: string) => boolean;
  /** Writes at the current selection; false when the editor certainly did not take the text. */
  write: (editor: HTMLElement, text: string) => boolean;
}

/**
 * Everything TrustOps knows about one kind of editor, in one place: how to recognise it, how to
 * write into it (the insert plan, used for replies) and how to put its selection over a range of
 * the draft (the replace plan's first step, used for tone fixes, which then writes with the same
 * insert plan). `insert.ts` and `replace-range.ts` run every kind through `run-plan.ts`.
 */
export interface EditorDriver<K extends string = string> {
  kind: K;
  /** Is `editor` (a text field, or the editing host of a contenteditable) this kind? */
  matches: (editor: HTMLElement) => boolean;
  /**
   * Ways to write at the selection, most reliable first. The next one runs only when the editor's
   * text did not change at all: a second write after a partial one would duplicate it.
   */
  insertPlan: readonly Attempt[];
  /** Replace plan, step one: selects [start, end) of `draft` (offsets as `readDraft` counts them). */
  selectRange: (editor: HTMLElement, draft: DraftSnapshot, start: number, end: number) => boolean;
  /** Read-back after an insertion: does `after` hold `text` once more than `before` did? */
  wasInserted: (before: string, after: string, text: string) => boolean;
  /** Read-back after a replacement: is the draft now `expected`? */
  draftIs: (actual: string, expected: string) => boolean;
  /**
   * The editor keeps its own model of the selection, updated from `selectionchange` (a later
   * task): writing must wait for it, and an accepted event may take a render to show.
   */
  ownsSelection: boolean;
  /** Empty text deletes the selection (text fields); elsewhere a removal is written as a replacement. */
  writesEmptyText: boolean;
}
