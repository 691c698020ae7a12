import browser from 'webextension-polyfill';

/**
 * After the extension is reloaded or updated, the content scripts already in open tabs are
 * orphaned: every request fails. Only reloading the page helps, so that case gets its own text.
 */
const ORPHANED = /context invalidated|receiving end does not exist|no answer to|message port closed/i;

export function describeRequestError(error: unknown): { reason: 'reload' | 'other'; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  let orphaned = ORPHANED.test(detail);
  try {
    orphaned ||= !browser.runtime?.id;
  } catch {
    orphaned = true;
  }
  return { reason: orphaned ? 'reload' : 'other', detail };
}
