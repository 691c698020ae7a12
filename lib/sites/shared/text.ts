import { matchesSelector } from './dom';

/** Non-breaking and zero-width characters social sites sprinkle into rendered text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Collapses runs of spaces (keeping line breaks) and trims. */
export function cleanText(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Visits the descendants of `root` in document order without recursion (pages can nest markup
 * deeper than the call stack): `enter` returns whether to go into the node's children.
 * A <template> has no children in a browser (its content is a separate fragment); the readers
 * below never enter one, so test DOMs that expose template content as children read the same.
 */
export function walkDescendants(root: Node, enter: (node: Node) => boolean): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node) return; // detached mid-walk: nothing more to read
    }
    node = node === root ? null : node.nextSibling;
  }
}

/** `textContent`, or null when the subtree has an emoji image or a line break (see textOf). */
function plainTextUnlessMarked(el: Element): string | null {
  let out = '';
  let marked = false;
  walkDescendants(el, (node) => {
    if (marked) return false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) out += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE) {
      const name = (node as Element).localName;
      marked = name === 'br' || (name === 'img' && (node as Element).hasAttribute('alt'));
      if (name === 'template') return false;
    }
    return !marked;
  });
  return marked ? null : out;
}

/**
 * The visible text of an element without layout reads (textContent, not innerText): emoji images
 * contribute their alt text, <br> a line break, and subtrees matching `skip` (time stamps,
 * reactions, reply quotes inside a bubble) are left out. Iterative, so any nesting depth reads.
 */
export function textOf(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  if (!skip) {
    const plain = plainTextUnlessMarked(el);
    if (plain !== null) return cleanText(plain);
  }
  let out = '';
  walkDescendants(el, (node) => {
    if (node.nodeType === TEXT_NODE) {
      out += node.nodeValue ?? '';
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const element = node as Element;
    if (skip && matchesSelector(element, skip)) return false;
    const tag = element.tagName;
    if (tag === 'BR') out += '\n';
    else if (tag === 'IMG') out += element.getAttribute('alt') ?? '';
    else if (tag === 'P' || tag === 'DIV') {
      if (out && !out.endsWith('\n')) out += '\n';
      return true;
    } else return tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'svg' && tag !== 'SVG' && tag !== 'TEMPLATE';
    return false;
  });
  return cleanText(out);
}

/** First `max` characters of the first line, for titles built from a post's text. */
export function snippet(value: string, max = 80): string {
  const line = value.split('\n', 1)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
