import { isHostAllowed } from '../links';
import { say } from '../lexicon';
import type { Draft } from '../draft';
import type { DetectContext, RawFinding } from '../types';

/** Personal e-mail addresses; addresses on the brand's domains (and subdomains) are fine. */
export function detectEmails(draft: Draft, ctx: DetectContext): RawFinding[] {
  return draft.links
    .filter((link) => link.type === 'email' && !isHostAllowed(link.host, ctx.profile.allowedDomains))
    .map((link) => ({
      ruleId: 'pii.email',
      category: 'pii.email',
      start: link.start,
      end: link.end,
      message: say(
        ctx.messageLang,
        `Личный адрес почты (${link.value}) в публичном ответе: используйте адрес бренда или личные сообщения.`,
        `A personal e-mail address (${link.value}) in a public reply: use the brand's address or direct messages.`,
      ),
    }));
}
