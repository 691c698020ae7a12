import type { Rect } from '../placement';

/** Enough of the message to find it; a short prefix survives the adapters' whitespace and emoji clean-up. */
const PROBE_LENGTH = 24;
/** Climbing from the text to its bubble stops where an ancestor holds much more than the message. */
const EXTRA_TEXT = 40;
/** Text nodes looked at, from the end of the page back: the thread's newest message is near the end. */
const MAX_NODES = 20_000;
/** A message not found is looked for again at most this often (placement runs every frame of a scroll). */
const RETRY_MS = 1_000;

let cached: { text: string; element: WeakRef<Element> | null; at: number } | null = null;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Where the page shows the customer's message the thread waits on (`text`, as the thread adapter
 * read it): the last element outside the composer whose text holds its start, widened to its
 * bubble. The overlay keeps off it. Found once per message and remembered while it stays in the
 * page, so following a scroll costs one getBoundingClientRect.
 */
export function customerMessageRect(text: string | undefined, composer: HTMLElement): Rect | null {
  if (!text) return null;
  const now = Date.now();
  let element = cached?.text === text ? cached.element?.deref() : undefined;
  if (!element?.isConnected) {
    if (cached?.text === text && !cached.element && now - cached.at < RETRY_MS) return null;
    element = find(text, composer) ?? undefined;
    cached = { text, element: element ? new WeakRef(element) : null, at: now };
  }
  const r = element?.getBoundingClientRect();
  return r && r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}

function find(text: string, composer: HTMLElement): Element | null {
  const wanted = normalise(text);
  const probe = wanted.slice(0, PROBE_LENGTH);
  if (!probe || !document.body) return null;
  // Elements are skipped, not rejected: from the root, lastChild is the page's last text node.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let found: Element | null = null;
  let node = walker.lastChild();
  for (let seen = 0; node && seen < MAX_NODES && !found; node = walker.previousNode(), seen++) {
    const parent = node.parentElement;
    if (!parent || composer.contains(parent) || !normalise(node.nodeValue ?? '').includes(probe)) continue;
    // A hidden copy (a preview, an off-screen clone) is not what the user reads.
    if (parent.getClientRects().length > 0) found = parent;
  }
  if (!found) return null;
  // Up to the bubble: the message's text plus its time or author, not the whole thread.
  let bubble = found;
  for (let up = bubble.parentElement; up && up !== document.body; up = up.parentElement) {
    if (normalise(up.textContent ?? '').length > wanted.length + EXTRA_TEXT || up.contains(composer)) break;
    bubble = up;
  }
  return bubble;
}
