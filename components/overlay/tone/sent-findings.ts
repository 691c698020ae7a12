import type { ToneFinding } from '../../../lib/engine/tone';
import { newClientId } from '../../../lib/outbox/client-id';
import { outbox } from '../../../lib/outbox/content';
import { currentThreadId } from './context';

/**
 * A draft goes out with findings that did not hold it (warnings and notes; ignored ones are not
 * findings any more): their rule and category — never the text — go to the background through the
 * outbox, for the dashboard's "findings per category" (issue 13.3). A failure must not disturb the send.
 */
export function reportSentFindings(findings: readonly ToneFinding[]): void {
  if (!findings.length) return;
  const threadId = currentThreadId().slice(0, 500);
  if (!threadId) return;
  void outbox()
    .post({
      type: 'tone.sent',
      clientId: newClientId(),
      threadId,
      findings: findings.slice(0, 100).map(({ ruleId, category, severity }) => ({ ruleId, category, severity })),
    })
    .catch((error: unknown) => console.warn('[TrustOps] could not record the findings of a sent draft', error));
}
