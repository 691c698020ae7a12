import { request } from '../../lib/messaging/client';
import { describeRequestError } from './errors';
import { getOverlay, setOverlay, suggestionItems, type CustomerMessage } from './store';

/** A whole selected page is not a customer message; the ranking only needs its start. */
const MAX_MESSAGE_LENGTH = 4000;

let latestTicket = 0;

/** Asks the background for replies to the current message; answers to older questions are dropped. */
export async function refreshSuggestions(): Promise<void> {
  // How many: the user's setting (the request contract allows up to 20).
  const { message, closed, composer, suggestionsCount } = getOverlay();
  // No request before the user works in a composer on this page, nor while the panel is dismissed.
  if (closed || !composer) return;
  const text = message?.text.trim().slice(0, MAX_MESSAGE_LENGTH) ?? '';
  const ticket = ++latestTicket;
  if (!text) {
    setOverlay({ suggestions: { status: 'idle' }, activeIndex: 0 });
    return;
  }
  setOverlay({ suggestions: { status: 'loading', items: suggestionItems(getOverlay()) } });
  try {
    const { suggestions } = await request({ type: 'suggest', text, platform: 'generic', k: suggestionsCount });
    if (ticket !== latestTicket) return;
    setOverlay({ suggestions: { status: 'ready', items: suggestions }, activeIndex: 0 });
  } catch (error) {
    if (ticket !== latestTicket) return;
    setOverlay({ suggestions: { status: 'error', ...describeRequestError(error) } });
  }
}

/** Commits the message being answered and asks for replies when its text changed. */
function commitMessage(message: CustomerMessage | null): void {
  const current = getOverlay().message;
  setOverlay({ message });
  if ((current?.text ?? '') !== (message?.text ?? '')) void refreshSuggestions();
}

const QUERY_DEBOUNCE_MS = 250;
let queryTimer: ReturnType<typeof setTimeout> | undefined;

/** The user selected text on the page: that is the customer's message now (the search box empties). */
export function messageSelected(text: string): void {
  const { selectedText, query } = getOverlay();
  if (text === selectedText && !query) return;
  clearTimeout(queryTimer);
  setOverlay({ selectedText: text, query: '' });
  commitMessage({ text, source: 'selection' });
}

/** The user types in the panel's search box; an emptied box goes back to the selected message. */
export function queryTyped(query: string): void {
  setOverlay({ query });
  clearTimeout(queryTimer);
  queryTimer = setTimeout(() => {
    const { selectedText } = getOverlay();
    if (query.trim()) commitMessage({ text: query.trim(), source: 'search' });
    else commitMessage(selectedText ? { text: selectedText, source: 'selection' } : null);
  }, QUERY_DEBOUNCE_MS);
}
