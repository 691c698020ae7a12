/**
 * A JSON.parse failure as "line L, column C: reason". Engines word the message differently
 * (V8 adds "at position N", newer versions also "(line L column C)"), so the position is read
 * from it when present and the rest of the wording is kept as the reason.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const offset = position !== undefined ? Number(position) : /end of (JSON )?input/i.test(message) ? text.length : null;
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*(in JSON )?at position \d+/, '')
    .trim();
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
