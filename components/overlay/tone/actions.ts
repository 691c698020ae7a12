import type { ToneFinding } from '../../../lib/engine/tone';
import { readDraft } from '../../../lib/editor/draft';
import { replaceRange } from '../../../lib/editor/replace-range';
import { focusWithSelection } from '../../../lib/editor/selection';
import { request } from '../../../lib/messaging/client';
import { getOverlay } from '../store';
import { auditExcerpt } from './audit-excerpt';
import { currentThreadId, ignoreLocally } from './context';
import { checkNow } from './live-check';
import { blocksOf, releaseHeldSend } from './send-guard';
import { getTone, setTone } from './store';

export type IgnoreScope = 'once' | 'thread' | 'always';

/**
 * Stored ignores are keyed by the matched text: for personal data (`pii.*`) that key would be a
 * customer's phone or card number, kept in the database and synced. Those are ignored "now" only.
 */
export const storedIgnoreAllowed = (category: string) => !category.startsWith('pii.');

/**
 * Writes the finding's fix into the editor in place of the flagged words. The draft may have
 * changed since the check: then nothing is written and the findings are refreshed instead.
 */
export function applyFix(finding: ToneFinding): void {
  const { composer } = getOverlay();
  const { text } = getTone();
  if (!composer || finding.fix === undefined) return;
  const flagged = text.slice(finding.start, finding.end);
  if (readDraft(composer).text.slice(finding.start, finding.end) !== flagged) return void checkNow();
  const replaced = replaceRange(composer, finding.start, finding.end, finding.fix);
  checkNow();
  setTone({ fixFailed: !replaced });
}

/**
 * Hides a finding: now (this draft only), in this thread, or always. The last two are stored by
 * the background; the finding goes at once, without waiting for the stored context to return.
 */
export async function ignoreFinding(finding: ToneFinding, requested: IgnoreScope): Promise<void> {
  const { text } = getTone();
  const scope = storedIgnoreAllowed(finding.category) ? requested : 'once';
  ignoreLocally(finding.key, scope);
  checkNow();
  returnToComposer();
  if (scope === 'once') return;
  try {
    await request({
      type: 'tone.ignore',
      scope,
      threadId: currentThreadId(),
      key: finding.key.slice(0, 2000),
      ruleId: finding.ruleId,
      category: finding.category,
      text: text.slice(finding.start, finding.end).slice(0, 2000),
    });
  } catch (error) {
    console.warn('[TrustOps] the ignore was not stored; it holds until the page is reloaded', error);
  }
}

/**
 * The user sends a held draft on their own responsibility: the block findings go to the audit
 * trail first, then the held send is repeated past the guard.
 */
export async function sendAnyway(): Promise<void> {
  const { held, findings, text } = getTone();
  const { composer } = getOverlay();
  if (!held || !composer) return;
  try {
    await request({
      type: 'tone.sendAnyway',
      threadId: currentThreadId(),
      url: location.href.slice(0, 2000),
      findings: blocksOf(findings).slice(0, 100).map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, excerpt: auditExcerpt(f, text) })),
    });
  } catch (error) {
    // The user decided; an unreachable background (extension reloaded) must not trap the message.
    console.warn('[TrustOps] the send-anyway record was not stored', error);
  }
  // The user may have gone back to the draft while the record was being written.
  if (getTone().held === held) releaseHeldSend(held, composer);
}

export function keepEditing(): void {
  setTone({ held: null });
  returnToComposer();
}

function returnToComposer(): void {
  const { composer } = getOverlay();
  if (composer?.isConnected) focusWithSelection(composer);
}
