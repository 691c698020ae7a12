import { describeJsonError } from '../../../lib/engine/pack/json-error';
import { formatIssues } from '../../../lib/schema/issues';
import { SlaPolicySchema, type SlaPolicy } from '../../../lib/schema/policy';
import { t } from '../i18n';

/** A policy is a few kilobytes even with years of holidays; anything far bigger is not one. */
const MAX_POLICY_FILE_BYTES = 1024 * 1024;
export const POLICY_FILE_NAME = 'sla-policy.json';

/**
 * The policy in the DESIGN.md "SLA contract" format that `trustops sla --policy FILE` reads, keys
 * in the contract's order; optional keys only when set.
 */
export function policyFileText(policy: SlaPolicy): string {
  const ordered = {
    timezone: policy.timezone,
    ...(policy.hours ? { hours: policy.hours } : {}),
    ...(policy.holidays?.length ? { holidays: policy.holidays } : {}),
    ...(policy.workingDays?.length ? { workingDays: policy.workingDays } : {}),
    ...(policy.workingDayHours ? { workingDayHours: policy.workingDayHours } : {}),
    firstReplyMinutes: policy.firstReplyMinutes,
    nextReplyMinutes: policy.nextReplyMinutes,
    ...(policy.warnRatio !== undefined ? { warnRatio: policy.warnRatio } : {}),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

export type PolicyFileResult = { ok: true; policy: SlaPolicy } | { ok: false; errors: string[] };

/** Reads and validates a policy file; errors name the JSON path (or line and column) and the reason. */
export async function readPolicyFile(file: File): Promise<PolicyFileResult> {
  if (file.size > MAX_POLICY_FILE_BYTES) return { ok: false, errors: [t('slaFileTooLarge')] };
  const text = await file.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [describeJsonError(text, error)] };
  }
  const parsed = SlaPolicySchema.safeParse(value);
  return parsed.success ? { ok: true, policy: parsed.data } : { ok: false, errors: formatIssues(parsed.error) };
}
