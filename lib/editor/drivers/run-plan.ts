import { selectionSettled, waitUntil } from '../rich/timing';
import type { Editor } from './index';

/** How long an editor that cancelled our event may take to render the text (React, Lexical). */
const RENDER_TIMEOUT_MS = 400;

export interface ReadBack {
  /** The editor now holds what was meant. */
  done: () => boolean;
  /** The editor's text differs from before the first attempt. */
  changed: () => boolean;
}

/**
 * Writes `text` at the editor's current selection with its driver's insert plan and reads the
 * editor back after every attempt. Stops at the first attempt that changed the editor: writing
 * again would duplicate whatever part went in. Shared by reply insertion and tone fixes.
 */
export async function runInsertPlan({ element, driver }: Editor, text: string, readBack: ReadBack): Promise<boolean> {
  if (driver.ownsSelection) await selectionSettled(element.ownerDocument);
  for (const attempt of driver.insertPlan) {
    if (!attempt.fits(element, text)) continue;
    const accepted = attempt.write(element, text);
    const renderMs = accepted && driver.ownsSelection ? RENDER_TIMEOUT_MS : 0;
    if (readBack.done() || (await waitUntil(readBack.done, renderMs))) return true;
    if (readBack.changed()) {
      console.warn(`[TrustOps] ${driver.kind}: "${attempt.name}" changed the text but not as expected`);
      return false;
    }
  }
  return false;
}
