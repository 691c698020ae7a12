import { useMemo } from 'react';
import { t } from '../i18n';
import { Field } from '../ui/Field';

interface TimezoneFieldProps {
  value: string;
  error?: string;
  onChange: (zone: string) => void;
  onBlur: () => void;
}

function zoneNames(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

/**
 * The policy's IANA zone. A text box with the browser's zone list as suggestions: typing filters
 * the ~400 names ("mosc" → Europe/Moscow), arrows and Enter pick one; the schema checks the result.
 */
export function TimezoneField({ value, error, onChange, onBlur }: TimezoneFieldProps) {
  const zones = useMemo(zoneNames, []);
  return (
    <Field label={t('slaTimezone')} hint={t('slaTimezoneHint')} error={error}>
      {({ id, describedBy, invalid }) => (
        <>
          <input
            id={id}
            list={`${id}-zones`}
            value={value}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
          <datalist id={`${id}-zones`}>
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
