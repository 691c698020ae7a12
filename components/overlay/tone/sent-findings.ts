import type { ToneFinding } from '../../../lib/engine/tone';
import { readDraft } from '../../../lib/editor/draft';
import { newClientId } from '../../../lib/outbox/client-id';
import { outbox } from '../../../lib/outbox/content';
import { getOverlay } from '../store';
import { currentThreadId } from './context';

/** When to look whether the site took the draft: sites clear the composer within a moment of a send. */
const CONFIRM_AT_MS = [250, 750, 1_500, 3_000];

/**
 * A draft goes out with findings that did not hold it (warnings and notes; ignored ones are not
 * findings any more): their rule and category — never the text — go to the background through the
 * outbox, for the dashboard's "findings per category" (issue 13.3). Only once the send is seen: an
 * Enter that was a new line on a site that does not send on Enter leaves the draft in the composer,
 * and counting it would count one draft many times. A failure must not disturb the send.
 */
export function reportSentFindings(findings: readonly ToneFinding[]): void {
  if (!findings.length) return;
  const threadId = currentThreadId().slice(0, 500);
  const { composer } = getOverlay();
  if (!threadId || !composer) return;
  const sentText = readDraft(composer).text.trim();
  const summary = findings.slice(0, 100).map(({ ruleId, category, severity }) => ({ ruleId, category, severity }));
  void sendSeen(composer, sentText)
    .then((sent) => (sent ? outbox().post({ type: 'tone.sent', clientId: newClientId(), threadId, findings: summary }) : undefined))
    .catch((error: unknown) => console.warn('[TrustOps] could not record the findings of a sent draft', error));
}

/** The site took the draft: its composer is gone, or no longer holds the draft (cleared or replaced). */
async function sendSeen(composer: HTMLElement, sentText: string): Promise<boolean> {
  let waited = 0;
  for (const at of CONFIRM_AT_MS) {
    await new Promise((done) => setTimeout(done, at - waited));
    waited = at;
    if (!composer.isConnected || !readDraft(composer).text.trim().startsWith(sentText)) return true;
  }
  return false;
}
