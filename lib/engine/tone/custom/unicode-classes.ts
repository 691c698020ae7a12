/**
 * RE2's `\w`, `\W` (and `\b`) are ASCII-only: `\w+` never matches «привет». Rules are written for
 * Russian and English text, so `\w` is compiled as `[\p{L}\p{N}_]` — any letter or digit of any
 * script, and `_` — and `\W` as its complement. `\b`/`\B` stay ASCII (RE2 has no Unicode word
 * boundary); the rules docs say what to write instead.
 */
const WORD = '\\p{L}\\p{N}_';

/** The pattern with `\w`/`\W` made Unicode-aware; throws for `\W` inside `[…]` (no way to express it there). */
export function unicodeWordClasses(pattern: string): string {
  let out = '';
  let inClass = false;
  let classStart = -1; // index in `pattern` right after "[" or "[^": a "]" there is a literal
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next === 'Q') {
        // \Q…\E is literal text: copy it untouched.
        const end = pattern.indexOf('\\E', i + 2);
        const stop = end < 0 ? pattern.length : end + 2;
        out += pattern.slice(i, stop);
        i = stop - 1;
      } else if (next === 'w') {
        out += inClass ? WORD : `[${WORD}]`;
        i++;
      } else if (next === 'W') {
        if (inClass) throw new Error('\\W inside [...] is not supported (rules read \\w as any letter or digit): use \\W outside brackets, or a negated class [^...]');
        out += `[^${WORD}]`;
        i++;
      } else {
        out += ch + next;
        i++;
      }
      continue;
    }
    if (!inClass && ch === '[') {
      inClass = true;
      classStart = pattern[i + 1] === '^' ? i + 2 : i + 1;
      out += pattern.slice(i, classStart);
      i = classStart - 1;
      continue;
    }
    if (inClass && ch === '[' && pattern[i + 1] === ':') {
      // A POSIX class such as [:alpha:] inside a bracket expression.
      const end = pattern.indexOf(':]', i + 2);
      if (end >= 0) {
        out += pattern.slice(i, end + 2);
        i = end + 1;
        continue;
      }
    }
    if (inClass && ch === ']' && i !== classStart) inClass = false;
    out += ch;
  }
  return out;
}
