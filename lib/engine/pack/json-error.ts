/**
 * A JSON.parse failure as "line L, column C: reason". Engines word the message differently and
 * not all of them give a position (V8 says "at position N" for some errors only), so the offset
 * is found by re-scanning the text with a small JSON grammar checker.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*(in JSON )?at position \d+/, '')
    .trim();
  const offset = firstSyntaxError(text);
  if (offset === null) return reason;
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}: ${reason}`;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

class SyntaxStop {
  constructor(readonly offset: number) {}
}

/** Offset of the first character that breaks the JSON grammar, or null when the text is valid. */
export function firstSyntaxError(text: string): number | null {
  let i = 0;
  const stop = (): never => {
    throw new SyntaxStop(i);
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ch: string) => (text[i] === ch ? i++ : stop());
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? '')) stop();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') stop();
      i++;
      if (ch === '"') return;
      if (ch === '\\') {
        const escape = text[i];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop();
          i += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i++;
        else stop();
      }
    }
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') (i++, digits());
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const literal = (word: string) => {
    for (const ch of word) expect(ch);
  };
  const list = (close: string, item: () => void) => {
    i++;
    skipSpace();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skipSpace();
      if (text[i] === close) return void i++;
      expect(',');
      skipSpace();
    }
  };
  const value = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{')
      list('}', () => {
        string();
        skipSpace();
        expect(':');
        value();
      });
    else if (ch === '[') list(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else stop();
  };
  try {
    value();
    skipSpace();
    if (i < text.length) stop();
    return null;
  } catch (error) {
    if (error instanceof SyntaxStop) return error.offset;
    throw error;
  }
}
