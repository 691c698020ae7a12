import { randomWord } from '../random-names';

/**
 * Puts text on the clipboard when an editor refused it, so the user can paste it themselves.
 * The async Clipboard API needs a focused, secure page; the hidden-textarea copy command is the
 * fallback for the rest.
 */
export async function copyToClipboard(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(text, doc);
  }
}

/**
 * Marks the helper so focus and selection watchers know it is not a composer. Random per page: the
 * helper sits in the page's DOM for a moment and must not name us.
 */
export const CLIPBOARD_HELPER_ATTRIBUTE = `data-${randomWord(8)}`;

function copyWithCommand(text: string, doc: Document): boolean {
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const helper = doc.createElement('textarea');
  helper.setAttribute(CLIPBOARD_HELPER_ATTRIBUTE, '');
  helper.setAttribute('aria-hidden', 'true');
  helper.value = text;
  // Off-screen and fixed: no layout shift, no scroll jump.
  helper.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;pointer-events:none;';
  doc.body.append(helper);
  try {
    helper.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    helper.remove();
    previousFocus?.focus({ preventScroll: true });
  }
}
