import Papa from 'papaparse';
import { PlatformSchema, ReplySchema, slugify, type Reply, type ReplyInput } from '../../schema/pack';
import { joinList, protectFormula, splitList, unprotectFormula } from './csv-cells';

/** Columns of the reply CSV, in export order. Only title and body are required. */
export const CSV_COLUMNS = ['id', 'title', 'body', 'tags', 'lang', 'shortcut', 'examples', 'platforms'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['title', 'body'];

export type CsvParseResult = { ok: true; replies: Reply[] } | { ok: false; errors: string[] };

/** Problems by spreadsheet row (the header is row 1), listed in row order. */
class RowProblems {
  private readonly items: { row: number; message: string }[] = [];

  /** `rowIndex` counts from 0 = header. */
  add(rowIndex: number, message: string): void {
    this.items.push({ row: rowIndex + 1, message });
  }

  get any(): boolean {
    return this.items.length > 0;
  }

  list(): string[] {
    const sorted = [...this.items].sort((a, b) => a.row - b.row);
    const lines = sorted.slice(0, MAX_ERRORS).map(({ row, message }) => `row ${row}: ${message}`);
    if (sorted.length > MAX_ERRORS) lines.push(`… and ${sorted.length - MAX_ERRORS} more`);
    return lines;
  }
}

const MAX_ERRORS = 50;
/** PackSchema's limit on replies: checked before reading the rows, so a huge file fails fast and clearly. */
export const MAX_CSV_REPLIES = 100_000;

const QUOTE_PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted cell is never closed (missing ")',
  InvalidQuotes: 'a stray quote: inside a quoted cell write a quote as ""',
};

interface RowInput {
  rowIndex: number;
  reply: ReplyInput;
}

/**
 * Replies from a CSV file (comma, semicolon or tab separated; a header row names the columns).
 * All or nothing: any broken row or invalid value fails the whole file, with every problem
 * named by its spreadsheet row (a multi-line cell still belongs to one row).
 */
export function parseRepliesCsv(text: string): CsvParseResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const problems = new RowProblems();
  const brokenRows = new Set<number>();
  for (const error of parsed.errors) {
    if (error.type === 'Delimiter' || error.row === undefined) continue; // one column: the header check says more
    brokenRows.add(error.row);
    problems.add(error.row, QUOTE_PROBLEMS[error.code] ?? error.message);
  }
  const [header, ...rows] = parsed.data;
  const columns = brokenRows.has(0) ? null : readHeader(header ?? [], problems);
  if (!columns) return { ok: false, errors: problems.list() };
  const filled = rows.reduce((n, cells) => (cells.some((cell) => cell.trim()) ? n + 1 : n), 0);
  if (filled > MAX_CSV_REPLIES)
    return { ok: false, errors: [`${filled} replies: a pack holds at most ${MAX_CSV_REPLIES}; split the file into several packs`] };

  const inputs: RowInput[] = [];
  rows.forEach((cells, i) => {
    const rowIndex = i + 1;
    if (brokenRows.has(rowIndex) || cells.every((cell) => !cell.trim())) return;
    if (cells.length !== columns.length) {
      problems.add(rowIndex, `expected ${columns.length} cells like the header, found ${cells.length}`);
      return;
    }
    const reply = readRow(columns, cells.map(unprotectFormula), rowIndex, problems);
    if (reply) inputs.push({ rowIndex, reply });
  });
  assignIds(inputs, problems);
  const replies = validate(inputs, problems);
  return problems.any ? { ok: false, errors: problems.list() } : { ok: true, replies };
}

function readHeader(header: readonly string[], problems: RowProblems): Column[] | null {
  const columns = header.map((name) => name.trim().toLowerCase());
  const known = new Set<string>(CSV_COLUMNS);
  let valid = true;
  const problem = (message: string) => {
    problems.add(0, message);
    valid = false;
  };
  for (const name of columns) if (!known.has(name)) problem(`unknown column "${name}" (expected ${CSV_COLUMNS.join(', ')})`);
  for (const name of REQUIRED) if (!columns.includes(name)) problem(`missing column "${name}"`);
  for (const name of new Set(columns.filter((name, i) => columns.indexOf(name) !== i))) problem(`column "${name}" appears twice`);
  return valid ? (columns as Column[]) : null;
}

function readRow(columns: readonly Column[], cells: readonly string[], rowIndex: number, problems: RowProblems): ReplyInput | null {
  const cell = (column: Column) => {
    const index = columns.indexOf(column);
    return index < 0 ? '' : cells[index]!;
  };
  const platforms = splitList(cell('platforms')).map((p) => p.toLowerCase());
  const unknownPlatform = platforms.find((p) => !PlatformSchema.safeParse(p).success);
  if (unknownPlatform !== undefined) {
    problems.add(rowIndex, `unknown platform "${unknownPlatform}" (use ${PlatformSchema.options.join(', ')})`);
    return null;
  }
  const optional = (column: Column) => cell(column).trim() || undefined;
  return {
    id: cell('id').trim(),
    title: cell('title').trim(),
    // Kept exactly (leading spaces and line breaks are part of a reply); only blank counts as empty.
    body: cell('body').trim() ? cell('body') : '',
    tags: splitList(cell('tags')),
    lang: optional('lang'),
    shortcut: optional('shortcut'),
    examples: splitList(cell('examples')),
    platforms: platforms as ReplyInput['platforms'],
  };
}

/** Keeps given ids (reporting repeats) and derives the missing ones from titles, unique. */
function assignIds(inputs: RowInput[], problems: RowProblems): void {
  const rowOfId = new Map<string, number>();
  for (const { rowIndex, reply } of inputs) {
    if (!reply.id) continue;
    const first = rowOfId.get(reply.id);
    if (first !== undefined) problems.add(rowIndex, `duplicate id "${reply.id}" (also in row ${first + 1})`);
    else rowOfId.set(reply.id, rowIndex);
  }
  for (const { rowIndex, reply } of inputs) {
    if (reply.id || !reply.title) continue;
    const base = slugify(reply.title);
    let id = base;
    for (let n = 2; rowOfId.has(id); n++) id = `${base}-${n}`;
    reply.id = id;
    rowOfId.set(id, rowIndex);
  }
}

function validate(inputs: readonly RowInput[], problems: RowProblems): Reply[] {
  const replies: Reply[] = [];
  for (const { rowIndex, reply } of inputs) {
    const parsed = ReplySchema.safeParse(reply);
    if (parsed.success) replies.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.add(rowIndex, describeIssue(issue.path, issue.message));
  }
  return replies;
}

/** "body is empty" names its column already; other messages get it in front. */
function describeIssue(path: readonly PropertyKey[], message: string): string {
  const column = String(path[0] ?? '');
  const item = typeof path[1] === 'number' ? ` item ${path[1] + 1}` : '';
  return message.includes(column) && !item ? message : `${column}${item}: ${message}`;
}

/** The replies as CSV with every column; parseRepliesCsv reads it back to the same replies. */
export function repliesToCsv(replies: readonly Reply[]): string {
  const data = replies.map((reply) =>
    [
      reply.id,
      reply.title,
      reply.body,
      joinList(reply.tags),
      reply.lang ?? '',
      reply.shortcut ?? '',
      joinList(reply.examples),
      joinList(reply.platforms),
    ].map(protectFormula),
  );
  // Spreadsheets expect CRLF; a final line break keeps the empty and non-empty cases alike.
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' }).replace(/\r\n$/, '')}\r\n`;
}
