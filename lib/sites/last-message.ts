import type { ThreadMessage, ThreadSnapshot } from '../schema/thread';
import { closestOf } from './shared/dom';
import { cleanText, textOf } from './shared/text';

/** The last customer message that no brand message follows: what suggestions answer. */
export function lastUnansweredCustomerMessage(snapshot: ThreadSnapshot): ThreadMessage | undefined {
  for (let i = snapshot.messages.length - 1; i >= 0; i--) {
    const message = snapshot.messages[i]!;
    if (message.direction === 'out') return undefined;
    if (message.text.trim()) return message;
  }
  return undefined;
}

/** Text that is page furniture, not a message: controls, navigation, headings, hidden or editable parts. */
const NOT_A_MESSAGE = [
  'button', '[role="button"]', 'a[href]', 'nav', '[role="navigation"]', 'header', 'footer', '[role="banner"]',
  '[role="contentinfo"]', '[role="toolbar"]', '[role="menu"]', '[role="menubar"]', '[role="tablist"]', '[role="tooltip"]',
  'label', 'legend', 'select', 'option', 'textarea', 'input', 'script', 'style', 'noscript', 'template', 'time',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[hidden]', '[aria-hidden="true"]', '[inert]',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');
/** The element a message's text lives in. */
const BLOCK = 'p, li, blockquote, article, section, td, dd, pre, div';
/** Shorter blocks are labels and separators («Сегодня», «12:05»); longer ones are articles, not messages. */
const MIN_MESSAGE_CHARS = 8;
const MAX_MESSAGE_CHARS = 2_000;
/** How many text nodes before the box are looked at: the message is near it or not there. */
const LOOK_BACK_NODES = 300;
/** «Анна Смирнова: Здравствуйте!» — a name (two or three capitalised words) before a colon is the author, not the question. */
const NAME_PREFIX = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,2})\s*:\s+(\S[\s\S]*)$/u;

export interface MessageAbove {
  author: string;
  text: string;
}

function hiddenByStyle(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  // Only a laid-out browser page can say; test DOMs without layout count as visible.
  if (typeof check === 'function' && el.getClientRects().length > 0) return !check.call(el);
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/**
 * Generic mode's guess at the customer's waiting message: the nearest text block before the reply
 * box in document order that is not page furniture (NOT_A_MESSAGE), not hidden and of a message's
 * length. Null when the nearest text is an article (too long) or nothing fits within LOOK_BACK_NODES.
 * Read only; nothing on the page is touched.
 */
export function messageAbove(composer: Element): MessageAbove | null {
  const doc = composer.ownerDocument;
  const root = doc.body ?? doc.documentElement;
  if (!root || !root.contains(composer)) return null;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = composer;
  const seen = new Set<Element>();
  for (let i = 0; i < LOOK_BACK_NODES; i++) {
    const node = walker.previousNode();
    if (!node) return null;
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || closestOf(parent, NOT_A_MESSAGE)) continue;
    const found = closestOf(parent, BLOCK) ?? parent;
    // Text right inside a box that holds the composer too (a form's caption): only that text node counts.
    const block = found.contains(composer) ? null : found;
    if (block && (seen.has(block) || hiddenByStyle(block))) continue;
    if (!block && hiddenByStyle(parent)) continue;
    if (block) seen.add(block);
    const text = block ? textOf(block, NOT_A_MESSAGE) : cleanText(node.nodeValue);
    if (text.length < MIN_MESSAGE_CHARS) continue;
    if (text.length > MAX_MESSAGE_CHARS) return null;
    const named = NAME_PREFIX.exec(text);
    return named ? { author: named[1]!, text: named[2]!.trim() } : { author: '', text };
  }
  return null;
}
