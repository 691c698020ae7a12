/**
 * The text of a contenteditable composer together with a map back to its DOM, so that UTF-16
 * offsets found in the text (tone findings) can become DOM Ranges and back.
 *
 * Line breaks are counted the way innerText shows them in editors: a <br> is one "\n", and a
 * block element (<div>, <p>, <li>...) starts a new line unless the text already ends with one.
 * Whitespace-only formatting between blocks (indentation in the page's markup) is not text.
 */
export interface Boundary {
  node: Node;
  offset: number;
}

type Piece =
  | { kind: 'text'; start: number; end: number; node: Text }
  | { kind: 'break'; start: number; end: number; before: Boundary; after: Boundary };

export interface TextMap {
  text: string;
  pieces: Piece[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
/** Never rendered as text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

interface Walk {
  text: string;
  pieces: Piece[];
  /** A block ended or starts: the next text goes on a new line. */
  breakPending: boolean;
  lastEnd: Boundary;
}

export function mapEditorText(host: HTMLElement): TextMap {
  const walk: Walk = { text: '', pieces: [], breakPending: false, lastEnd: { node: host, offset: 0 } };
  visit(host, walk);
  return { text: walk.text, pieces: walk.pieces };
}

function visit(parent: Node, walk: Walk): void {
  parent.childNodes.forEach((child, index) => {
    if (child.nodeType === Node.TEXT_NODE) {
      const node = child as Text;
      if (!node.data || isFormattingWhitespace(node)) return;
      settlePendingBreak(walk, { node, offset: 0 });
      const start = walk.text.length;
      walk.text += node.data;
      walk.pieces.push({ kind: 'text', start, end: walk.text.length, node });
      walk.lastEnd = { node, offset: node.data.length };
      return;
    }
    if (!(child instanceof Element) || SKIPPED_TAGS.has(child.tagName)) return;
    if (child.tagName === 'BR') {
      const before = { node: parent, offset: index };
      settlePendingBreak(walk, before);
      addBreak(walk, before, { node: parent, offset: index + 1 });
      return;
    }
    const block = BLOCK_TAGS.has(child.tagName);
    if (block) requestBreak(walk);
    visit(child, walk);
    if (block) requestBreak(walk);
  });
}

function requestBreak(walk: Walk): void {
  if (walk.text && !walk.text.endsWith('\n')) walk.breakPending = true;
}

/** A pending block break becomes text only when more text follows: trailing blocks add nothing. */
function settlePendingBreak(walk: Walk, next: Boundary): void {
  if (!walk.breakPending) return;
  walk.breakPending = false;
  addBreak(walk, walk.lastEnd, next);
}

function addBreak(walk: Walk, before: Boundary, after: Boundary): void {
  const start = walk.text.length;
  walk.text += '\n';
  walk.pieces.push({ kind: 'break', start, end: start + 1, before, after });
  walk.lastEnd = after;
}

/** Indentation between blocks in the page's markup, which the browser does not render. */
function isFormattingWhitespace(node: Text): boolean {
  if (!/^[ \t\r\n]*\n[ \t\r\n]*$/.test(node.data)) return false;
  const parent = node.parentElement;
  const whiteSpace = parent ? getComputedStyle(parent).whiteSpace : 'normal';
  return !whiteSpace.startsWith('pre') && whiteSpace !== 'break-spaces';
}

/**
 * The DOM position of a text offset. A start leans forward (into the text that follows), an end
 * leans back (onto the text before), so a range never starts or ends in a neighbouring node.
 */
export function boundaryAt(map: TextMap, host: HTMLElement, offset: number, edge: 'start' | 'end'): Boundary | null {
  if (offset < 0 || offset > map.text.length) return null;
  for (const piece of map.pieces) {
    if (piece.kind !== 'text') continue;
    const inside = edge === 'start' ? piece.start <= offset && offset < piece.end : piece.start < offset && offset <= piece.end;
    if (inside) return { node: piece.node, offset: offset - piece.start };
  }
  for (const piece of map.pieces) {
    if (piece.kind !== 'break') continue;
    if (offset === piece.start) return piece.before;
    if (offset === piece.end) return piece.after;
  }
  if (offset === 0) return { node: host, offset: 0 };
  if (offset === map.text.length) return { node: host, offset: host.childNodes.length };
  return null;
}

/** A DOM Range over the text offsets [start, end), or null when the map has no such place. */
export function rangeForOffsets(map: TextMap, host: HTMLElement, start: number, end: number): Range | null {
  const from = boundaryAt(map, host, start, 'start');
  const to = boundaryAt(map, host, end, end === start ? 'start' : 'end');
  if (!from || !to) return null;
  const range = host.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
