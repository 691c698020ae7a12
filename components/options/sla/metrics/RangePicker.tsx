import { t } from '../../i18n';
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
          <Field label={t('metricsFrom')} error={error}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="date"
                value={choice.from}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => onChange({ ...choice, from: event.target.value })}
              />
            )}
          </Field>
          <Field label={t('metricsTo')}>
            {({ id }) => <input id={id} type="date" value={choice.to} onChange={(event) => onChange({ ...choice, to: event.target.value })} />}
          </Field>
        </div>
      )}
    </div>
  );
}
