import { extensionAlive } from '../../lib/extension-alive';

/**
 * After the extension is reloaded or updated, the content scripts already in open tabs are
 * orphaned: every request fails. Only reloading the page helps, so that case gets its own text.
 */
const ORPHANED = /context invalidated|receiving end does not exist|no answer to|message port closed/i;

export function describeRequestError(error: unknown): { reason: 'reload' | 'other'; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  const orphaned = ORPHANED.test(detail) || !extensionAlive();
  return { reason: orphaned ? 'reload' : 'other', detail };
}
