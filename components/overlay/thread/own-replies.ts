import type { ThreadSnapshot } from '../../../lib/schema/thread';
import { toneStore } from '../tone/store';

/** How many recent drafts are remembered (in memory, for this page only). */
const KEPT_DRAFTS = 20;
/** Shorter drafts ("ok", "да") say too little to recognise a reply by. */
const MIN_DRAFT_CHARS = 12;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Generic mode cannot tell who wrote the text above the reply box; but when that text is what the
 * user just wrote in the box, it is the brand's reply the page now shows. The drafts the tone check
 * saw are remembered (never stored or sent anywhere), and a generic message matching one becomes
 * `out`: the clock stops as on a site whose adapter sees directions, and suggestions do not answer
 * the user's own reply. Returns what to undo when the overlay stops.
 */
export function rememberDrafts(): () => void {
  recent.length = 0;
  return toneStore.subscribe((state, previous) => {
    if (state.text === previous.text) return;
    const draft = normalise(state.text);
    if (draft.length < MIN_DRAFT_CHARS || recent.includes(draft)) return;
    // A draft typed on grows one key at a time: keep its newest form, not every prefix.
    const last = recent[recent.length - 1];
    if (last && (draft.startsWith(last) || last.startsWith(draft))) recent.pop();
    recent.push(draft);
    if (recent.length > KEPT_DRAFTS) recent.shift();
  });
}

const recent: string[] = [];

/** The user's own text as sent: equal to a remembered draft, or one containing the other (a page adds a signature, trims). */
function isOwnReply(text: string): boolean {
  const shown = normalise(text);
  if (shown.length < MIN_DRAFT_CHARS) return false;
  return recent.some((draft) => draft === shown || shown.includes(draft) || (draft.includes(shown) && shown.length >= draft.length / 2));
}

/** A generic snapshot with the user's own replies marked `out`; other snapshots as they are. */
export function markOwnReplies(snapshot: ThreadSnapshot | null): ThreadSnapshot | null {
  if (!snapshot || snapshot.site !== 'generic' || !snapshot.messages.some((m) => m.direction === 'in' && isOwnReply(m.text))) return snapshot;
  return { ...snapshot, messages: snapshot.messages.map((m) => (m.direction === 'in' && isOwnReply(m.text) ? { ...m, direction: 'out' as const } : m)) };
}
