import { insertIntoContentEditable } from '../contenteditable';
import { textWasInserted } from '../readback';
import { sameLines } from './line-compare';
import { selectDraftRange } from './select-range';
import type { EditorDriver } from './types';

/**
 * A contenteditable no framework was recognised in (VK, Telegram, LinkedIn-style boxes): the
 * browser's editing commands line by line, else a Range and an `input` event
 * (../contenteditable.ts). Last in the list: it takes any editing host.
 */
export const contentEditableDriver: EditorDriver<'contenteditable'> = {
  kind: 'contenteditable',
  matches: (host) => host.isContentEditable,
  insertPlan: [
    {
      name: 'editing commands line by line, else a Range + input',
      fits: () => true,
      write: insertIntoContentEditable,
    },
  ],
  selectRange: selectDraftRange,
  wasInserted: textWasInserted,
  draftIs: sameLines,
  ownsSelection: false,
  writesEmptyText: false,
};
