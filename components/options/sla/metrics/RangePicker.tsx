import { useState } from 'react';
import { lang, t } from '../../i18n';
import { formatDateText, parseDateText } from '../../ui/date-text';
import { DateTextInput, dateProblem } from '../../ui/DateTextInput';
import { Field } from '../../ui/Field';
import type { RangeChoice, RangePreset } from './range';

const PRESETS: { preset: RangePreset; label: 'metricsLast7' | 'metricsLast30' | 'metricsCustom' }[] = [
  { preset: '7d', label: 'metricsLast7' },
  { preset: '30d', label: 'metricsLast30' },
  { preset: 'custom', label: 'metricsCustom' },
];

interface RangePickerProps {
  choice: RangeChoice;
  error?: string;
  onChange: (choice: RangeChoice) => void;
}

/** The period: last 7 or 30 days (today included), or chosen dates, both inclusive. */
export function RangePicker({ choice, error, onChange }: RangePickerProps) {
  return (
    <div className="metrics-range">
      <div className="metrics-presets" role="group" aria-label={t('metricsRange')}>
        {PRESETS.map(({ preset, label }) => (
          <button
            key={preset}
            type="button"
            className="chip"
            aria-pressed={choice.preset === preset}
            onClick={() => onChange({ ...choice, preset })}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {choice.preset === 'custom' && (
        <div className="metrics-custom">
          <RangeDate label={t('metricsFrom')} error={error} value={choice.from} onChange={(from) => onChange({ ...choice, from })} />
          <RangeDate label={t('metricsTo')} value={choice.to} onChange={(to) => onChange({ ...choice, to })} />
        </div>
      )}
    </div>
  );
}

/**
 * One end of the custom range, typed in the page's format. The range gets the ISO date, or ''
 * while the text is not a date yet (the period then waits); a wrong date is named under the field.
 */
function RangeDate({ label, error, value, onChange }: { label: string; error?: string; value: string; onChange: (iso: string) => void }) {
  const [text, setText] = useState(() => formatDateText(value, lang));
  const parsed = parseDateText(text, lang);
  const problem = !parsed.ok && parsed.reason !== 'empty' ? dateProblem(parsed, text) : undefined;
  return (
    <Field label={label} error={problem ?? error}>
      {({ id, describedBy, invalid }) => (
        <DateTextInput
          id={id}
          text={text}
          invalid={invalid}
          describedBy={describedBy}
          onText={(next) => {
            setText(next);
            const result = parseDateText(next, lang);
            onChange(result.ok ? result.iso : '');
          }}
        />
      )}
    </Field>
  );
}
