import { execCommandSingleLine, pasteInPage, replacementTextInPage } from '../rich/attempts';
import { pageWorldDriver } from './page-world';

/**
 * Lexical (Instagram, Facebook, Threads, WhatsApp): beforeinput insertReplacementText goes
 * through its controlled insertion, paragraphs included; then a paste; execCommand merges lines,
 * so single lines only.
 */
export const lexicalDriver = pageWorldDriver('lexical', '[data-lexical-editor]', [replacementTextInPage, pasteInPage, execCommandSingleLine]);
