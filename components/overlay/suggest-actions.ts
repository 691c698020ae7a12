import { request } from '../../lib/messaging/client';
import { describeRequestError } from './errors';
import { getOverlay, setOverlay, suggestionItems, type CustomerMessage } from './store';

/** The panel asks for this many suggestions (the request contract allows up to 20). */
export const SUGGESTION_COUNT = 5;
/** A whole selected page is not a customer message; the ranking only needs its start. */
const MAX_MESSAGE_LENGTH = 4000;

let latestTicket = 0;

/** Asks the background for replies to the current message; answers to older questions are dropped. */
export async function refreshSuggestions(): Promise<void> {
  const { message, closed } = getOverlay();
  if (closed) return;
  const text = message?.text.trim().slice(0, MAX_MESSAGE_LENGTH) ?? '';
  const ticket = ++latestTicket;
  if (!text) {
    setOverlay({ suggestions: { status: 'idle' }, activeIndex: 0 });
    return;
  }
  setOverlay({ suggestions: { status: 'loading', items: suggestionItems(getOverlay()) } });
  try {
    const { suggestions } = await request({ type: 'suggest', text, platform: 'generic', k: SUGGESTION_COUNT });
    if (ticket !== latestTicket) return;
    setOverlay({ suggestions: { status: 'ready', items: suggestions }, activeIndex: 0 });
  } catch (error) {
    if (ticket !== latestTicket) return;
    setOverlay({ suggestions: { status: 'error', ...describeRequestError(error) } });
  }
}

/** A new customer message (selected on the page or typed in the panel); the same text is ignored. */
export function setCustomerMessage(message: CustomerMessage): void {
  const current = getOverlay().message;
  if (current && current.text === message.text) {
    if (current.source !== message.source) setOverlay({ message });
    return;
  }
  setOverlay({ message });
  void refreshSuggestions();
}
