import type { z } from 'zod';
import { ReplySchema, slugify, type Platform, type Reply } from '../../../lib/schema/pack';
import type { ReplyRecord } from '../../../lib/schema/storage';
import { t } from '../i18n';

/** The editor's fields as the user typed them (strings), before they become a Reply. */
export interface ReplyForm {
  title: string;
  body: string;
  tags: string;
  shortcut: string;
  examples: string;
  platforms: Platform[];
  lang: string;
}

export type ReplyField = keyof ReplyForm | 'id';
export type FieldErrors = Partial<Record<ReplyField, string>>;

export function formOf(reply?: ReplyRecord): ReplyForm {
  return {
    title: reply?.title ?? '',
    body: reply?.body ?? '',
    tags: reply?.tags.join(', ') ?? '',
    shortcut: reply?.shortcut ?? '',
    examples: reply?.examples.join('\n') ?? '',
    platforms: reply?.platforms ?? [],
    lang: reply?.lang ?? '',
  };
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

/** A fresh id from the title, unique among `taken` (ids of the target pack). */
export function newReplyId(title: string, taken: ReadonlySet<string>): string {
  const base = slugify(title.trim() || 'reply');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Validates the form with ReplySchema; errors are keyed by the field they belong to. */
export function validateReplyForm(
  form: ReplyForm,
  id: string,
): { ok: true; reply: Reply } | { ok: false; errors: FieldErrors } {
  const candidate = {
    id,
    title: form.title.trim(),
    body: form.body,
    tags: list(form.tags, /,/),
    shortcut: form.shortcut.trim() || undefined,
    examples: list(form.examples, /\r?\n/),
    platforms: form.platforms,
    lang: form.lang.trim() || undefined,
  };
  // A body of blanks only is empty for a human, though the schema would accept it.
  if (!candidate.body.trim()) candidate.body = '';
  const parsed = ReplySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, reply: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ReplyField | undefined;
    const key: ReplyField = field && field !== 'id' ? field : 'title';
    errors[key] ??= describeIssue(issue);
  }
  return { ok: false, errors };
}

/** Schema messages in the page language where we know them; zod's own text otherwise. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message === 'title is empty') return t('errTitleEmpty');
  if (issue.message === 'body is empty') return t('errBodyEmpty');
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum).toLocaleString();
    return issue.origin === 'array' ? t('errTooMany', { max }) : t('errTooLong', { max });
  }
  return issue.message;
}
