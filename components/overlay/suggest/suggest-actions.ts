import { request } from '../../../lib/messaging/client';
import { describeRequestError } from '../errors';
import { getOverlay } from '../store';
import { getSuggest, setSuggest, suggestionItems, type CustomerMessage } from './store';
import { getThread } from '../thread/store';

/** A whole selected page is not a customer message; the ranking only needs its start. */
const MAX_MESSAGE_LENGTH = 4000;

/** Asks the background for replies to the current message; answers to older questions are dropped. */
export async function refreshSuggestions(): Promise<void> {
  // How many: the user's setting (the request contract allows up to 20).
  const { closed, composer, suggestionsCount } = getOverlay();
  const { message, requests } = getSuggest();
  // No request before the user works in a composer on this page, nor while the panel is dismissed.
  if (closed || !composer) return;
  const text = message?.text.trim().slice(0, MAX_MESSAGE_LENGTH) ?? '';
  const ticket = requests.next();
  if (!text) {
    setSuggest({ suggestions: { status: 'idle' }, activeIndex: 0 });
    return;
  }
  setSuggest({ suggestions: { status: 'loading', items: suggestionItems(getSuggest()) } });
  try {
    const { platform } = getThread();
    const { suggestions } = await request({ type: 'suggest', text, platform, k: suggestionsCount });
    if (!requests.isLatest(ticket)) return;
    setSuggest({ suggestions: { status: 'ready', items: suggestions }, activeIndex: 0 });
  } catch (error) {
    if (!requests.isLatest(ticket)) return;
    setSuggest({ suggestions: { status: 'error', ...describeRequestError(error) } });
  }
}

/** Commits the message being answered and asks for replies when its text changed. */
function commitMessage(message: CustomerMessage | null): void {
  const current = getSuggest().message;
  setSuggest({ message });
  if ((current?.text ?? '') !== (message?.text ?? '')) void refreshSuggestions();
}

/** What is answered when neither a query nor a selection says otherwise: the thread's pending message. */
function threadMessage(): CustomerMessage | null {
  const { pending } = getThread();
  return pending ? { text: pending.text, source: 'thread' } : null;
}

const QUERY_DEBOUNCE_MS = 250;

/** The user selected text on the page: that is the customer's message now (the search box empties). */
export function messageSelected(text: string): void {
  const { selectedText, query, queryTimer } = getSuggest();
  if (text === selectedText && !query) return;
  clearTimeout(queryTimer);
  setSuggest({ selectedText: text, query: '' });
  commitMessage({ text, source: 'selection' });
}

/** The user types in the panel's search box; an emptied box goes back to the selection or the thread. */
export function queryTyped(query: string): void {
  clearTimeout(getSuggest().queryTimer);
  const queryTimer = setTimeout(() => {
    const { selectedText } = getSuggest();
    if (query.trim()) commitMessage({ text: query.trim(), source: 'search' });
    else commitMessage(selectedText ? { text: selectedText, source: 'selection' } : threadMessage());
  }, QUERY_DEBOUNCE_MS);
  setSuggest({ query, queryTimer });
}

/**
 * The thread's pending message changed (read from the page). Another thread drops what the user
 * selected or typed for the previous one; in the same thread a selection or query still wins.
 */
export function threadMessageChanged({ switchedThread }: { switchedThread: boolean }): void {
  if (switchedThread) {
    clearTimeout(getSuggest().queryTimer);
    setSuggest({ selectedText: '', query: '' });
  } else {
    const { query, selectedText } = getSuggest();
    if (query.trim() || selectedText) return;
  }
  commitMessage(threadMessage());
}
