import { find as linkifyFind } from 'linkifyjs';

export interface LinkSpan {
  type: 'url' | 'email';
  start: number;
  end: number;
  /** As written in the draft. */
  value: string;
  /** Lower-case host name without "www." (for e-mails: the part after "@"). */
  host: string;
}

// Only whitespace-free chunks with a dot/@ between word characters or a "://" can hold a link,
// so linkify (the slowest step of the analysis) runs on those few chunks, never on the draft.
const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const SPACE = /\s/;

export function findLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  const marks = new MarkCursor(text);
  let scannedTo = 0;
  for (let i = marks.next(); i >= 0; i = marks.next()) {
    if (i < scannedTo || !isLinkMark(text, i)) continue;
    let start = i;
    while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
    let end = i + 1;
    while (end < text.length && !SPACE.test(text[end]!)) end++;
    scannedTo = end;
    for (const found of linkifyFind(text.slice(start, end))) {
      if (found.type !== 'url' && found.type !== 'email') continue;
      const at = start + found.start;
      let value = found.value;
      // "(https://a.ru/x)Далее": the bracket that opened before the link closes it.
      const close = value.indexOf(')');
      if (text[at - 1] === '(' && close > 0 && !value.includes('(')) value = value.slice(0, close);
      if (found.type === 'url' && looksLikeCode(text, at, at + value.length, value)) continue;
      const host = hostOf(found.type, found.type === 'url' ? value : found.href);
      if (host) links.push({ type: found.type, start: at, end: at + value.length, value, host });
    }
  }
  return links;
}

/**
 * `print(kot.name)`, `user.id = 1`, `obj.method()`: a dotted name in code, not an address. Only bare
 * names (no scheme, no "www.", no path) are in doubt.
 */
function looksLikeCode(text: string, start: number, end: number, value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^www\./i.test(value) || value.includes('/')) return false;
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text[end] ?? '';
  return after === '(' || after === '=' || after === ';' || /=\s?$/.test(before) || /^[\p{L}\p{N}_]\($/u.test(before) || before.endsWith('`') || before.endsWith('.') || /^\s*=/.test(text.slice(end, end + 3));
}

/** Walks the positions of ".", "@" and ":" in order; each kind is searched once per occurrence. */
class MarkCursor {
  private readonly pending: number[];
  constructor(private readonly text: string) {
    this.pending = MARKS.map((mark) => text.indexOf(mark));
  }
  next(): number {
    let best = -1;
    for (let k = 0; k < MARKS.length; k++) {
      const at = this.pending[k]!;
      if (at >= 0 && (best < 0 || at < this.pending[best]!)) best = k;
    }
    if (best < 0) return -1;
    const at = this.pending[best]!;
    this.pending[best] = this.text.indexOf(MARKS[best]!, at + 1);
    return at;
  }
}
const MARKS = ['.', '@', ':'];

/** "a.b" / "a@b" between word characters, or the "://" of a scheme. */
function isLinkMark(text: string, i: number): boolean {
  if (text[i] === ':') return text.startsWith('//', i + 1);
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && after !== undefined && WORD_CHAR.test(before) && WORD_CHAR.test(after) && after !== '-' && after !== '_';
}

function hostOf(type: 'url' | 'email', href: string): string {
  if (type === 'email') return href.slice(href.lastIndexOf('@') + 1).toLowerCase();
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)/i.exec(href);
  return (match?.[1] ?? '').toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function isHostAllowed(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith('.' + domain));
}
