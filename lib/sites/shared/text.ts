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


/**
 * The visible text of an element without layout reads (textContent, not innerText): emoji images
 * contribute their alt text, <br> a line break, and subtrees matching `skip` (time stamps,
 * reactions, reply quotes inside a bubble) are left out.
 */
export function textOf(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  if (!skip && !el.querySelector('img[alt], br')) return cleanText(el.textContent ?? '');
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (skip && matchesSelector(element, skip)) continue;
        const tag = element.tagName;
        if (tag === 'BR') out += '\n';
        else if (tag === 'IMG') out += element.getAttribute('alt') ?? '';
        else if (tag === 'P' || tag === 'DIV') {
          if (out && !out.endsWith('\n')) out += '\n';
          walk(element);
        } else if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'svg' && tag !== 'SVG') walk(element);
      }
    }
  };
  walk(el);
  return cleanText(out);
}

/** First `max` characters of the first line, for titles built from a post's text. */
export function snippet(value: string, max = 80): string {
  const line = value.split('\n', 1)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
