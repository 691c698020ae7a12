import type { z } from 'zod';
import type { Lang } from '../i18n/lang';
import { packErrorsTranslator, type PackErrorsKey, type PackErrorsTranslate } from '../i18n/pack-errors';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Schema messages that mean "this field is empty" (lib/schema/pack.ts). */
const EMPTY_MESSAGES = new Set(['title is empty', 'body is empty', 'reply id is empty', 'pack name is empty', 'pattern is empty']);

const TYPE_KEY: Record<string, PackErrorsKey> = {
  string: 'typeString',
  array: 'typeArray',
  number: 'typeNumber',
  boolean: 'typeBoolean',
  object: 'typeObject',
};

/** The value at a JSON path of the raw data, or undefined. */
export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Splits `replies.2.placeholders.x.pattern` into who (a row, a rule, the pack) and which field. */
function locate(path: Path, t: PackErrorsTranslate): { where: string; field?: string; item?: number } {
  let where = t('wherePack');
  let rest = path;
  if ((path[0] === 'replies' || path[0] === 'rules') && typeof path[1] === 'number') {
    where = t(path[0] === 'replies' ? 'whereReply' : 'whereRule', { row: path[1] + 1 });
    rest = path.slice(2);
  }
  if (rest[0] === 'placeholders' && rest.length > 1) {
    where = t('wherePlaceholder', { where, name: String(rest[1]) });
    rest = rest.slice(2);
  }
  const field = rest[0] === undefined ? undefined : String(rest[0]);
  return { where, field, item: typeof rest[1] === 'number' ? rest[1] + 1 : undefined };
}

function fieldName(field: string, t: PackErrorsTranslate): string {
  const key = `field_${field}` as PackErrorsKey;
  const name = t(key);
  return name === key ? field : name;
}

/** One schema problem of a pack as a sentence in `lang`; `data` is the parsed file (for the bad value). */
export function issueSentence(issue: Issue, data: unknown, lang: Lang): string {
  const t = packErrorsTranslator(lang);
  if (issue.path.length === 0 && issue.code === 'invalid_type') return t('notPack');
  const { where, field, item } = locate(issue.path, t);
  if (!field) return t('other', { where, message: issue.message });
  const name = item ? t('itemOf', { field: fieldName(field, t), item }) : fieldName(field, t);
  const value = valueAt(data, issue.path);
  const empty =
    EMPTY_MESSAGES.has(issue.message) ||
    (issue.code === 'invalid_type' && value === undefined) ||
    (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1);
  if (empty && !item) {
    const noneKey = `none_${field}` as PackErrorsKey;
    const none = t(noneKey) === noneKey ? t('missingAny', { field: name }) : t(noneKey);
    return t('missing', { where, none });
  }
  switch (issue.code) {
    case 'invalid_type': {
      const key = TYPE_KEY[issue.expected];
      return key ? t('wrongType', { where, field: name, expected: t(key) }) : t('otherField', { where, field: name, message: issue.message });
    }
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString(lang);
      if (issue.origin === 'string') return t('tooLong', { where, field: name, max });
      if (issue.origin === 'array') return t('tooMany', { where, field: name, max });
      break;
    }
    case 'too_small':
      if (issue.origin === 'array') return t('tooFew', { where, field: name, min: Number(issue.minimum).toLocaleString(lang) });
      break;
    case 'invalid_value':
      return t('notAllowed', {
        where,
        field: name,
        value: typeof value === 'string' ? value.slice(0, 80) : JSON.stringify(value) ?? '',
        allowed: issue.values.map(String).join(', '),
      });
  }
  return t('otherField', { where, field: name, message: issue.message });
}
