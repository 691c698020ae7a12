import { PackSchema, ReplySchema, type Pack } from '../../schema/pack';
import { formatIssues } from '../../schema/issues';
import { describeJsonError } from './json-error';
import { containsHtmlMarkup } from './html';
import { placeholderPatternErrors } from './placeholder-patterns';
import { DEFAULT_MAX_PACK_BYTES, formatLimit, formatMegabytes, utf8ByteLength } from './size';

export type PackParseResult = { ok: true; pack: Pack; warnings: string[] } | { ok: false; errors: string[] };

export interface PackParseOptions {
  /** Refuse larger texts (UTF-8 bytes); default 20 MB. */
  maxBytes?: number;
}

/** More errors than this are summarised: the first ones are what the user fixes first. */
const MAX_ERRORS = 50;

const PACK_KEYS = new Set(Object.keys(PackSchema.in.shape));
const REPLY_KEYS = new Set(Object.keys(ReplySchema.shape));

/**
 * Reads a pack file's text: size limit, JSON syntax, schema, duplicate ids. All or nothing —
 * on any error nothing is returned to import. Warnings (HTML in a reply, unknown fields) do not
 * stop the import.
 */
export function parsePackText(text: string, opts: PackParseOptions = {}): PackParseResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PACK_BYTES;
  const bytes = utf8ByteLength(text);
  if (bytes > maxBytes)
    return { ok: false, errors: [`The file is ${formatMegabytes(bytes)}; the limit is ${formatLimit(maxBytes)}.`] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`invalid JSON: ${describeJsonError(text.replace(/^\uFEFF/, ''), error)}`] };
  }
  const duplicates = duplicateIdErrors(data);
  const parsed = PackSchema.safeParse(data);
  if (!parsed.success || duplicates.length) {
    const schemaErrors = parsed.success ? [] : formatIssues(parsed.error).filter((line) => !/duplicate reply id/.test(line));
    return { ok: false, errors: capped([...schemaErrors, ...duplicates]) };
  }
  const patternErrors = placeholderPatternErrors(parsed.data);
  if (patternErrors.length) return { ok: false, errors: capped(patternErrors) };
  return { ok: true, pack: parsed.data, warnings: capped(warningsFor(data, parsed.data)) };
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_ERRORS) return lines;
  return [...lines.slice(0, MAX_ERRORS), `… and ${lines.length - MAX_ERRORS} more`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Raw replies of a parsed JSON value, if it has the right shape so far. */
function rawReplies(data: unknown): unknown[] {
  return isRecord(data) && Array.isArray(data.replies) ? data.replies : [];
}

/** Every repeated reply id, naming both places, even when the pack has other errors too. */
function duplicateIdErrors(data: unknown): string[] {
  const firstIndex = new Map<string, number>();
  const errors: string[] = [];
  rawReplies(data).forEach((reply, index) => {
    if (!isRecord(reply) || typeof reply.id !== 'string' || !reply.id.trim()) return;
    const id = reply.id.trim();
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else errors.push(`replies[${index}].id: duplicate reply id "${id}" (first used by replies[${first}])`);
  });
  return errors;
}

function warningsFor(data: unknown, pack: Pack): string[] {
  const warnings: string[] = [];
  if (isRecord(data)) {
    for (const key of Object.keys(data)) if (!PACK_KEYS.has(key)) warnings.push(`unknown field "${key}" ignored`);
  }
  rawReplies(data).forEach((reply, index) => {
    if (!isRecord(reply)) return;
    for (const key of Object.keys(reply))
      if (!REPLY_KEYS.has(key)) warnings.push(`replies[${index}].${key}: unknown field ignored`);
  });
  for (const reply of pack.replies) {
    if ([reply.title, reply.body, ...reply.examples].some(containsHtmlMarkup))
      warnings.push(`reply ${reply.id} contains HTML markup; it will be inserted as plain text`);
  }
  return warnings;
}
