/** A finding's text split for display: context before, the match, context after. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const CONTEXT_CHARS = 32;
/** Long matches (a length overflow) are shortened: their start and end say enough. */
const MAX_MATCH_CHARS = 160;

const isLowSurrogate = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** Some context either side of `start…end`, cut without splitting an emoji; "…" marks a cut. */
export function excerptAround(text: string, start: number, end: number, context = CONTEXT_CHARS): Excerpt {
  let from = Math.max(0, start - context);
  if (from > 0 && isLowSurrogate(text, from)) from--;
  let to = Math.min(text.length, end + context);
  if (to < text.length && isLowSurrogate(text, to)) to++;
  let match = text.slice(start, end);
  if (match.length > MAX_MATCH_CHARS) match = `${match.slice(0, MAX_MATCH_CHARS - 40)} … ${match.slice(-30)}`;
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match,
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}
