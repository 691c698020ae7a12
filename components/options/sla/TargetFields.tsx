import { formatDuration } from '../../../lib/engine/sla';
import { lang, t } from '../i18n';
import { Field } from '../ui/Field';
import type { PolicyForm } from './policy-form';

type TargetKey = 'firstReplyMinutes' | 'nextReplyMinutes' | 'warnPercent';

interface TargetFieldsProps {
  form: Pick<PolicyForm, TargetKey>;
  errorFor: (key: string) => string | undefined;
  onChange: (key: TargetKey, value: string) => void;
  onTouched: (key: string) => void;
}

/** «120» → «= 2 ч рабочего времени»: targets are typed in minutes but thought of in hours. */
function asHours(minutes: string): string | undefined {
  const value = Number(minutes.trim().replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? t('slaAsHours', { d: formatDuration(value * 60_000, lang) }) : undefined;
}

/** Reply targets (minutes of working time) and the share of the target after which a clock warns. */
export function TargetFields({ form, errorFor, onChange, onTouched }: TargetFieldsProps) {
  const minutesField = (key: 'firstReplyMinutes' | 'nextReplyMinutes', label: string) => (
    <Field label={label} hint={asHours(form[key]) ?? t('slaMinutesHint')} error={errorFor(key)}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          inputMode="decimal"
          value={form[key]}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(key, event.target.value)}
          onBlur={() => onTouched(key)}
        />
      )}
    </Field>
  );
  return (
    <div className="sla-targets">
      {minutesField('firstReplyMinutes', t('slaFirstReply'))}
      {minutesField('nextReplyMinutes', t('slaNextReply'))}
      <Field label={t('slaWarnPercent')} hint={t('slaWarnPercentHint')} error={errorFor('warnRatio')}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            inputMode="decimal"
            value={form.warnPercent}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => onChange('warnPercent', event.target.value)}
            onBlur={() => onTouched('warnRatio')}
          />
        )}
      </Field>
    </div>
  );
}
