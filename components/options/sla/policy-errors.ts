import { t } from '../i18n';

/** The parts of a zod issue the messages need (and the form's own "not a number"). */
export interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  origin?: string;
  maximum?: unknown;
}

const quoted = (message: string) => /"([^"]*)"/.exec(message)?.[1] ?? '';

/**
 * SlaPolicySchema speaks English to the CLI; the dashboard says the same in the page language.
 * Messages are recognised by their start (they are ours, in lib/schema/policy.ts); anything
 * unrecognised is shown as the schema wrote it rather than hidden.
 */
export function describePolicyIssue(issue: IssueLike): string {
  const field = issue.path[0];
  const { message } = issue;
  if (issue.code === 'not-a-number') return field === 'warnRatio' ? t('slaErrPercent') : t('slaErrNumber');
  if (message.startsWith('invalid time')) return t('slaErrTime', { value: quoted(message) });
  if (message.startsWith('interval must end after it starts')) return t('slaErrOrder');
  if (message.startsWith('intervals overlap')) return t('slaErrOverlap', { detail: message.replace(/^intervals overlap:\s*/, '') });
  if (message.startsWith('invalid date')) return t('slaErrDate', { value: quoted(message) });
  if (message.endsWith('is also listed in holidays')) return t('slaErrBothLists');
  if (message.startsWith('no working time')) return t('slaErrNoHours');
  if (message.startsWith('unknown IANA time zone')) return t('slaErrZone', { value: quoted(message) });
  if (field === 'warnRatio') return t('slaErrPercent');
  if (issue.code === 'too_small' && (field === 'firstReplyMinutes' || field === 'nextReplyMinutes')) return t('slaErrPositive');
  if (issue.code === 'too_big')
    return issue.origin === 'array' ? t('errTooMany', { max: Number(issue.maximum).toLocaleString() }) : t('slaErrTooBig');
  return message;
}
