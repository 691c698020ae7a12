import type { ToneFinding } from '../../../lib/engine/tone';
import { fixAllEdits } from '../../../lib/engine/tone/fixes';
import { readDraft } from '../../../lib/editor/draft';
import { replaceRange } from '../../../lib/editor/replace-range';
import { getOverlay } from '../store';
import { checkNow } from './live-check';
import { getTone, setTone } from './store';

/**
 * Writes every fix into the editor in one go. Like one fix, nothing is written when the draft
 * changed since the check; a write the editor refused stops the rest and says so.
 */
export async function applyAllFixes(findings: readonly ToneFinding[]): Promise<void> {
  const { composer } = getOverlay();
  const { text } = getTone();
  if (!composer) return;
  if (readDraft(composer).text !== text) return void checkNow();
  let ok = true;
  for (const edit of fixAllEdits(findings)) {
    ok = await replaceRange(composer, edit.start, edit.end, edit.text);
    if (!ok) break;
  }
  checkNow();
  setTone({ fixFailed: !ok });
}
