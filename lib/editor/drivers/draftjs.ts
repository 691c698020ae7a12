import { execCommandIntoDraftText, pasteInPage } from '../rich/attempts';
import { pageWorldDriver } from './page-world';

/**
 * Draft.js (X's composer): a text/plain paste in the page's world is one undo step; execCommand
 * only for a single line into an editor that already has text (into an empty one React fails
 * to reconcile and unmounts the editor).
 */
export const draftjsDriver = pageWorldDriver('draftjs', '.DraftEditor-root, [data-contents]', [pasteInPage, execCommandIntoDraftText]);
