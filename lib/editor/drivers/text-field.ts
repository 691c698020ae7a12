import { isTextField } from '../detect';
import { textWasInserted } from '../readback';
import { insertIntoTextField } from '../text-field';
import type { EditorDriver } from './types';

/**
 * <textarea> and text <input>, React-controlled ones included: `execCommand('insertText')` makes
 * the browser edit the field as typing would (undo, React's value tracker); where refused, the
 * value is set with setRangeText and an `input` event follows (../text-field.ts).
 */
export const textFieldDriver: EditorDriver<'text-field'> = {
  kind: 'text-field',
  matches: isTextField,
  insertPlan: [
    {
      name: 'execCommand insertText, else setRangeText + input',
      fits: () => true,
      write: (field, text) => isTextField(field) && insertIntoTextField(field, text),
    },
  ],
  selectRange(field, _draft, start, end) {
    if (!isTextField(field)) return false;
    field.setSelectionRange(start, end);
    return true;
  },
  wasInserted: textWasInserted,
  // A field's value is exact: nothing re-wraps it.
  draftIs: (actual, expected) => actual === expected,
  ownsSelection: false,
  writesEmptyText: true,
};
