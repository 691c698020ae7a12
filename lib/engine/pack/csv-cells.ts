/**
 * Cell encodings of the reply CSV. Lists (tags, examples, platforms) share one cell separated by
 * "|"; a literal "|" or "\" inside an item is written "\|" or "\\" so every list round-trips.
 */
export const LIST_SEPARATOR = '|';

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join(LIST_SEPARATOR);
}

/** Items of a list cell, trimmed, blanks dropped. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) current += cell[++i];
    else if (ch === LIST_SEPARATOR) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter(Boolean);
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection), so exported
 * cells like that get a leading apostrophe — the spreadsheet convention for "this is text" —
 * and import removes it again. To stay reversible, a cell that itself starts with an apostrophe
 * import would remove (`'=` …, or `''` …) gets one more on export: "'=x" is written "''=x".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when import takes the first character for the export's protecting apostrophe. */
function startsProtected(cell: string): boolean {
  return cell.startsWith("'") && (FORMULA_START.test(cell.slice(1)) || cell[1] === "'");
}

export function protectFormula(cell: string): string {
  return FORMULA_START.test(cell) || startsProtected(cell) ? `'${cell}` : cell;
}

export function unprotectFormula(cell: string): string {
  return startsProtected(cell) ? cell.slice(1) : cell;
}
