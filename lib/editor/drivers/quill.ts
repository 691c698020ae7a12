import { execCommandText, pasteInPage } from '../rich/attempts';
import { pageWorldDriver } from './page-world';

/** Quill: a text/plain paste (a USER delta, one undo step), else execCommand. */
export const quillDriver = pageWorldDriver('quill', '.ql-editor', [pasteInPage, execCommandText]);
