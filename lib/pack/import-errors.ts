import type { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { packErrorsTranslator, type PackErrorsTranslate } from '../i18n/pack-errors';
import { PackSchema } from '../schema/pack';
import { issueSentence } from './issue-sentence';

/** As many lines as the pack reader shows; the first ones are what the user fixes first. */
const MAX_LINES = 50;

/**
 * The reasons a pack file was refused, as sentences in the interface language instead of the
 * reader's JSON paths (`replies[2].body: body is empty` → «Ответ в строке 3: нет текста»).
 * `text` is the file, `errors` what parsePackText returned; lines it cannot place stay as they are.
 */
export function plainPackErrors(text: string, errors: readonly string[], lang: Lang): string[] {
  const t = packErrorsTranslator(lang);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return errors.map((line) => plainJsonError(line, t));
  }
  const parsed = PackSchema.safeParse(data);
  // Valid to the schema: the reader refused something of its own (unsafe placeholder patterns).
  if (parsed.success) return errors.map((line) => plainReaderLine(line, t));
  const schemaLines = parsed.error.issues
    .filter((issue) => !issue.message.startsWith('duplicate reply id'))
    .map((issue) => issueSentence(issue, data, lang));
  // Repeated ids are found by the reader even where the schema stopped early.
  const duplicates = errors.filter((line) => DUPLICATE.test(line)).map((line) => plainReaderLine(line, t));
  return capped([...schemaLines, ...duplicates], t);
}

/** A pack assembled by the page (CSV rows merged into a pack) that the schema refused. */
export function plainSchemaErrors(error: z.ZodError, data: unknown, lang: Lang): string[] {
  return capped(error.issues.map((issue) => issueSentence(issue, data, lang)), packErrorsTranslator(lang));
}

/** The CSV reader's "row 4: body is empty" lines with the row named in the interface language. */
export function plainCsvErrors(errors: readonly string[], lang: Lang): string[] {
  const t = packErrorsTranslator(lang);
  return errors.map((line) => {
    const match = /^row (\d+): (.*)$/s.exec(line);
    if (!match) return plainMore(line, t);
    const where = t('whereRow', { row: match[1]! });
    const none = CSV_EMPTY[match[2]!];
    return none ? t('missing', { where, none: t(none) }) : t('other', { where, message: csvMessage(match[2]!, t) });
  });
}

/** The CSV reader's own messages (lib/engine/pack/csv.ts) in the interface language. */
const CSV_MESSAGES: [RegExp, (m: RegExpExecArray, t: PackErrorsTranslate) => string][] = [
  [/^expected (\d+) cells like the header, found (\d+)$/, (m, t) => t('csvCells', { expected: m[1]!, found: m[2]! })],
  [/^unknown column "(.*)" \(expected (.*)\)$/, (m, t) => t('csvUnknownColumn', { name: m[1]!, allowed: m[2]! })],
  [/^missing column "(.*)"$/, (m, t) => t('csvMissingColumn', { name: m[1]! })],
  [/^column "(.*)" appears twice$/, (m, t) => t('csvTwiceColumn', { name: m[1]! })],
  [/^unknown platform "(.*)" \(use (.*)\)$/, (m, t) => t('csvUnknownPlatform', { name: m[1]!, allowed: m[2]! })],
  [/^duplicate id "(.*)" \(also in row (\d+)\)$/, (m, t) => t('csvDuplicate', { id: m[1]!, first: m[2]! })],
  [/^a quoted cell is never closed/, (_m, t) => t('csvOpenQuote')],
];

function csvMessage(message: string, t: PackErrorsTranslate): string {
  for (const [pattern, say] of CSV_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return say(match, t);
  }
  return message;
}

const CSV_EMPTY: Record<string, 'none_body' | 'none_title' | 'none_id'> = {
  'body is empty': 'none_body',
  'title is empty': 'none_title',
  'reply id is empty': 'none_id',
};

const DUPLICATE = /^replies\[(\d+)\]\.id: duplicate reply id "(.*)" \(first used by replies\[(\d+)\]\)$/s;

function plainReaderLine(line: string, t: PackErrorsTranslate): string {
  const duplicate = DUPLICATE.exec(line);
  if (duplicate) {
    const where = t('whereReply', { row: Number(duplicate[1]) + 1 });
    return t('duplicateId', { where, id: duplicate[2]!, first: Number(duplicate[3]) + 1 });
  }
  const reply = /^Reply (\d+) \(".*?"\), (.*)$/s.exec(line);
  if (reply) return t('other', { where: t('whereReply', { row: reply[1]! }), message: reply[2]! });
  const pack = /^Pack: (.*)$/s.exec(line);
  if (pack) return t('other', { where: t('wherePack'), message: pack[1]! });
  return plainMore(line, t);
}

function plainJsonError(line: string, t: PackErrorsTranslate): string {
  const match = /^invalid JSON: (?:line (\d+), column (\d+): )?(.*)$/s.exec(line);
  if (!match) return line;
  const [, lineNo, column, reason = ''] = match;
  return lineNo ? t('notJson', { line: lineNo, column: column!, reason }) : t('notJsonAnywhere', { reason });
}

function plainMore(line: string, t: PackErrorsTranslate): string {
  const more = /^… and (\d+) more$/.exec(line);
  return more ? t('more', { n: more[1]! }) : line;
}

function capped(lines: string[], t: PackErrorsTranslate): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), t('more', { n: lines.length - MAX_LINES })];
}
