/**
 * A finding's words with a little of the draft around them, for the findings list (a textarea
 * cannot mark words inside itself). Pieces are plain strings for React text nodes, never markup.
 */
export interface ExcerptParts {
  before: string;
  match: string;
  after: string;
}

const CONTEXT_CHARS = 24;
const MAX_MATCH_CHARS = 80;

/** Moves an offset off the second half of a surrogate pair, so no emoji is cut in two. */
function safe(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** Whitespace (line breaks included) shown as single spaces: the excerpt is one short line. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

export function excerptAround(text: string, start: number, end: number, context = CONTEXT_CHARS): ExcerptParts {
  const from = safe(text, Math.max(0, start - context));
  const to = safe(text, Math.min(text.length, end + context));
  let match = text.slice(start, end);
  if (match.length > MAX_MATCH_CHARS) match = match.slice(0, safe(match, MAX_MATCH_CHARS)) + '…';
  let before = flat(text.slice(from, start));
  let after = flat(text.slice(end, to));
  // Where the draft is cut, the cut word goes too: "…delivery" rather than "…ivery".
  if (from > 0) before = '…' + before.replace(/^\S*\s/, '');
  if (to < text.length) after = after.replace(/\s\S*$/, '') + '…';
  return { before, match: flat(match), after };
}
