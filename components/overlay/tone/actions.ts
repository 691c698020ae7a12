import type { ToneFinding } from '../../../lib/engine/tone';
import { fixRange } from '../../../lib/engine/tone/fixes';
import { readDraft } from '../../../lib/editor/draft';
import { replaceRange } from '../../../lib/editor/replace-range';
import { focusWithSelection } from '../../../lib/editor/selection';
import { isPersonal } from '../../../lib/engine/tone/personal';
import { request } from '../../../lib/messaging/client';
import { newClientId } from '../../../lib/outbox/client-id';
import { outbox } from '../../../lib/outbox/content';
import { getOverlay } from '../store';
import { auditExcerpt } from './audit-excerpt';
import { currentThreadId, ignoreLocally } from './context';
import { checkNow } from './live-check';
import { getOverride, setOverride } from './override-record';
import { blocksOf, releaseHeldSend } from './send-actions';
import { getTone, setTone } from './store';

export type IgnoreScope = 'once' | 'thread' | 'always';

/**
 * Stored ignores are keyed by the matched text: for personal data (`pii.*`) that key would be a
 * customer's phone or card number, kept in the database and synced. Those are ignored "now" only
 * (the storage layer refuses them too: lib/storage/tone.ts).
 */
export const storedIgnoreAllowed = (category: string) => !isPersonal({ category });

/** How long "send anyway" waits for the background to confirm the audit record before saying it did not. */
export const OVERRIDE_RECORD_MS = 6_000;

/**
 * Writes the finding's fix into the editor in place of the flagged words. The draft may have
 * changed since the check: then nothing is written and the findings are refreshed instead.
 */
export async function applyFix(finding: ToneFinding): Promise<void> {
  const { composer } = getOverlay();
  const { text } = getTone();
  // The fix may reach past the flagged words («ты сделал» → «вы сделали»): replace its whole range.
  const edit = fixRange(finding);
  if (!composer || !edit) return;
  const flagged = text.slice(edit.start, edit.end);
  if (readDraft(composer).text.slice(edit.start, edit.end) !== flagged) return void checkNow();
  const replaced = await replaceRange(composer, edit.start, edit.end, edit.text);
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
 * The user sends a held draft on their own responsibility. The audit record goes to the outbox
 * and the held send is repeated past the guard only once the background confirmed it stored the
 * record: a worker stopped mid-request is retried within OVERRIDE_RECORD_MS. When it cannot be
 * stored (extension reloaded, no answer) nothing is sent and the panel says why (HeldSend).
 */
export async function sendAnyway(): Promise<void> {
  const { held, findings, text } = getTone();
  const { composer } = getOverlay();
  if (!held || !composer) return;
  if (getOverride()?.state === 'recording') return;
  // The same draft again (a retry after a failure): the same record, never a second one.
  const { unconfirmed } = getTone();
  const clientId = unconfirmed?.text === text ? unconfirmed.clientId : newClientId();
  setTone({ unconfirmed: { text, clientId } });
  setOverride({ text, state: 'recording' });
  const outcome = await outbox().confirm(
    {
      type: 'tone.sendAnyway',
      clientId,
      threadId: currentThreadId(),
      url: location.href.slice(0, 2000),
      findings: blocksOf(findings).slice(0, 100).map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, excerpt: auditExcerpt(f, text) })),
    },
    OVERRIDE_RECORD_MS,
  );
  if (outcome !== true) {
    console.warn('[TrustOps] the send-anyway record was not stored; the draft was not sent', outcome);
    setOverride({ text, state: outcome });
    return;
  }
  setTone({ unconfirmed: null });
  setOverride(null);
  // The user may have gone back to the draft while the record was being written.
  if (getTone().held === held) releaseHeldSend(held, composer);
}

export function keepEditing(): void {
  setTone({ held: null });
  if (getOverride()?.state !== 'recording') setOverride(null);
  returnToComposer();
}

function returnToComposer(): void {
  const { composer } = getOverlay();
  if (composer?.isConnected) focusWithSelection(composer);
}
