import { addBusinessMs, formatDuration, isWorkingTime, nextWorkingStart, type SlaPolicy } from '../../../lib/engine/sla';
import { lang, t } from '../i18n';
import { zonedDateTime } from './labels';
import type { PolicyCheck } from './policy-form';

/** A due time as text, or «никогда» when the policy never accumulates that much working time. */
function dueText(policy: SlaPolicy, from: number, minutes: number): string {
  const due = addBusinessMs(policy, new Date(from), minutes * 60_000);
  return Number.isNaN(due.getTime()) ? t('slaPreviewNever') : zonedDateTime(due.getTime(), policy.timezone);
}

/**
 * "A message arriving now would be due at …", computed by the engine from the form as it is —
 * the quickest way to see what a lunch break or a holiday does.
 */
export function DuePreview({ check, now }: { check: PolicyCheck; now: number }) {
  if (!check.ok)
    return (
      <p className="sla-preview sla-preview-off" data-testid="sla-preview">
        {t('slaPreviewInvalid')}
      </p>
    );
  const { policy } = check;
  const working = isWorkingTime(policy, new Date(now));
  const start = working ? null : nextWorkingStart(policy, new Date(now));
  return (
    <div className="sla-preview" data-testid="sla-preview">
      <p>
        {t('slaPreviewFirst', {
          now: zonedDateTime(now, policy.timezone),
          due: dueText(policy, now, policy.firstReplyMinutes),
          d: formatDuration(policy.firstReplyMinutes * 60_000, lang),
        })}
      </p>
      <p>{t('slaPreviewNext', { due: dueText(policy, now, policy.nextReplyMinutes), d: formatDuration(policy.nextReplyMinutes * 60_000, lang) })}</p>
      {start && (
        <p className="sla-preview-note">
          {Number.isNaN(start.getTime())
            ? t('slaPreviewNoWork')
            : t('slaPreviewClosed', { start: zonedDateTime(start.getTime(), policy.timezone) })}
        </p>
      )}
      <p className="field-hint">{t('slaPreviewZone', { zone: policy.timezone })}</p>
    </div>
  );
}
