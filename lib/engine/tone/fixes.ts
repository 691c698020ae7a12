/**
 * One-click fixes of tone findings. A finding's `fix` replaces the draft text from `fixStart` to
 * `fixEnd`; both default to the finding's own `start`/`end` (the flagged words). A fix may reach
 * past the flagged words when the sentence needs more than a word swap to stay grammatical:
 * «Мы гарантируем возврат денег на 100%» is flagged at «гарантируем», but its fix also drops
 * «на 100%»; «ты сделал» is flagged at «ты», but its fix also says «сделали».
 *
 * Callers apply fixes with `fixRange`/`applyFix` below, never by slicing `start`/`end` themselves.
 * Pure: no DOM, no browser APIs.
 */

/** The fields of a finding that say what its fix writes and where. */
export interface FixFields {
  start: number;
  end: number;
  fix?: string;
  /** Where the fix's replacement starts, when before `start`. */
  fixStart?: number;
  /** Where the fix's replacement ends, when after `end`. */
  fixEnd?: number;
}

/** One edit of the draft text: `text` replaces `start..end`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Every kind of built-in fix, so that tests can demand an example of each
 * (test/unit/tone-fixes.test.ts). A detector tags each fix it offers with one of these.
 */
export const BUILTIN_FIX_KINDS = [
  'overpromise:ru-promise', // «гарантируем возврат» → «постараемся обеспечить возврат»
  'overpromise:ru-that', // «гарантируем, что…» → «надеемся, что…»
  'overpromise:en-promise', // "we guarantee a refund" → "we will do our best to ensure a refund"
  'overpromise:en-that', // "we guarantee that…" → "we expect that…"
  'overpromise:hundred', // «на 100% уверены» → «уверены»
  'address-form:pronoun', // «твой» → «ваш»
  'address-form:pronoun-predicate', // «ты сделал» → «вы сделали»
  'address-form:imperative', // «напиши» → «напишите»
  'address-form:verb', // «можешь» → «можете»
  'shouting:caps', // «ВНИМАНИЕ» → «Внимание»
  'shouting:punct', // «!!!» → «!»
  'pii.card', // card number → «•••• •••• •••• 4444»
] as const;
export type BuiltinFixKind = (typeof BUILTIN_FIX_KINDS)[number];

/** The part of the draft a finding's fix replaces, and with what; undefined when it has no fix. */
export function fixRange(finding: FixFields): TextEdit | undefined {
  if (finding.fix === undefined) return undefined;
  return {
    start: Math.min(finding.fixStart ?? finding.start, finding.start),
    end: Math.max(finding.fixEnd ?? finding.end, finding.end),
    text: finding.fix,
  };
}

/** The draft with the finding's fix applied; the draft itself when the finding has no fix. */
export function applyFix(text: string, finding: FixFields): string {
  const edit = fixRange(finding);
  if (!edit) return text;
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * The edits of every finding's fix for "fix all", last first, so that writing one leaves the
 * offsets of those before it valid. Of overlapping fixes the widest wins: «гарантируем … на 100%»
 * rewritten whole beats dropping its «на 100%» alone; the others wait for the next check.
 */
export function fixAllEdits(findings: readonly FixFields[]): TextEdit[] {
  const edits = findings.map(fixRange).filter((edit): edit is TextEdit => edit !== undefined);
  edits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: TextEdit[] = [];
  for (const edit of edits) {
    if (taken.some((other) => edit.start < other.end && other.start < edit.end)) continue;
    taken.push(edit);
  }
  return taken.sort((a, b) => b.start - a.start);
}

/** The draft with every fix of "fix all" applied. */
export function applyAllFixes(text: string, findings: readonly FixFields[]): string {
  return fixAllEdits(findings).reduce((draft, edit) => draft.slice(0, edit.start) + edit.text + draft.slice(edit.end), text);
}

/** The fields a detector sets on its finding for `edit` (range fields only when wider than the finding). */
export function fixFields(start: number, end: number, edit: TextEdit): Pick<FixFields, 'fix' | 'fixStart' | 'fixEnd'> {
  const fields: Pick<FixFields, 'fix' | 'fixStart' | 'fixEnd'> = { fix: edit.text };
  if (edit.start < start) fields.fixStart = edit.start;
  if (edit.end > end) fields.fixEnd = edit.end;
  return fields;
}

/** Several non-overlapping edits of `text` as one edit spanning all of them. */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = sorted[0]!.start;
  const end = Math.max(...sorted.map((e) => e.end));
  let out = '';
  let at = start;
  for (const edit of sorted) {
    out += text.slice(at, edit.start) + edit.text;
    at = Math.max(at, edit.end);
  }
  return { start, end, text: out + text.slice(at, end) };
}

/** True when only spaces separate `offset` from the text start or a sentence end. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i]!)) i--;
  return i < 0 || '.!?…\n'.includes(text[i]!);
}

/** `text` with its first letter in upper case. */
export function capitalise(text: string): string {
  const i = text.search(/\p{L}/u);
  return i < 0 ? text : text.slice(0, i) + text[i]!.toUpperCase() + text.slice(i + 1);
}

/**
 * Deletes `start..end` with the space and punctuation around it, so no double space, space
 * before a mark or dangling comma remains; a following word that now opens the sentence gets its
 * capital letter. «Деньги вернутся, 100%.» → «Деньги вернутся.»; «100% придёт» → «Придёт».
 */
export function removalEdit(text: string, start: number, end: number): TextEdit {
  let s = start;
  let e = end;
  const atStart = startsSentence(text, s);
  if (atStart) {
    // «Сто процентов, придёт завтра»: the parenthetical's comma goes with it.
    while (e < text.length && /[ \t]/.test(text[e]!)) e++;
    if (text[e] === ',') {
      e++;
      while (e < text.length && /[ \t]/.test(text[e]!)) e++;
    }
    const next = text.slice(e).match(/^\p{L}/u);
    if (next) return { start: s, end: e + 1, text: next[0].toUpperCase() };
    return { start: s, end: e, text: '' };
  }
  const after = text.slice(e);
  if (/^[ \t]*(?:[.!?…;:)\n]|$)/.test(after)) {
    // Nothing follows in the clause: take the space (and a comma) before it instead.
    while (s > 0 && /[ \t]/.test(text[s - 1]!)) s--;
    if (text[s - 1] === ',' && /^[ \t]*(?:[.!?…)\n]|$)/.test(after)) s--;
    while (s > 0 && /[ \t]/.test(text[s - 1]!)) s--;
    while (e < text.length && /[ \t]/.test(text[e]!)) e++;
    return { start: s, end: e, text: '' };
  }
  if (/^[ \t]*,/.test(after) && /[ \t]/.test(text[s - 1] ?? '')) {
    // "sure 100%, we…": keep the comma, drop the space before the words.
    while (s > 0 && /[ \t]/.test(text[s - 1]!)) s--;
    while (e < text.length && /[ \t]/.test(text[e]!)) e++;
    return { start: s, end: e, text: '' };
  }
  while (e < text.length && /[ \t]/.test(text[e]!)) e++;
  return { start: s, end: e, text: '' };
}
