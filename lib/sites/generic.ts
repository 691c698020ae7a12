import { messageAbove } from './last-message';
import { anyComposer } from './shared/composer';
import type { RegisteredAdapter } from './shared/site-adapter';
import { buildSnapshot } from './shared/snapshot';

/**
 * Any page with a text box. It cannot tell customers from the brand, so its snapshot names the
 * page (`generic:<origin><pathname>`) and carries at most one message: the customer's, guessed as
 * the nearest message-like text above the reply box (messageAbove), as `in` with no time (the time
 * it is first seen counts). That message is what suggestions answer when nothing is selected and
 * what starts the SLA clock; no message means the page cannot say, and the panel offers a manual start.
 */
export const genericAdapter: RegisteredAdapter = {
  id: 'generic',
  matches: () => true,
  recognises: () => true,
  composer: (doc) => anyComposer(doc),
  thread: (doc, url) => {
    const composer = anyComposer(doc);
    const message = composer ? messageAbove(composer) : null;
    const messages = message ? [{ author: message.author, direction: 'in' as const, at: null, text: message.text }] : [];
    return buildSnapshot('generic', `generic:${url.origin}${url.pathname}`, doc.title ?? '', url, messages);
  },
};
