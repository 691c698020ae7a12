import { execCommandText, pasteParagraphsInPage } from '../rich/attempts';
import { pageWorldDriver } from './page-world';

/**
 * ProseMirror (Bluesky through TipTap): a paste with one <p> per line as text/html keeps blank
 * lines, which its text/plain parser collapses; execCommand is parsed from the DOM change.
 */
export const prosemirrorDriver = pageWorldDriver('prosemirror', '.ProseMirror', [pasteParagraphsInPage, execCommandText]);
