import { DEFAULT_SEVERITIES } from '../../../../lib/engine/tone';
import { SeverityOverrideSchema, type SeverityOverride } from '../../../../lib/schema/profile';
import { BUILTIN_CATEGORIES, type BuiltinCategory } from '../../../../lib/schema/rules';
import { t } from '../../i18n';
import { categoryLabel, severityLabel } from '../labels';
import type { SeverityChoice } from './profile-form';

interface SeverityFieldsProps {
  severities: Record<BuiltinCategory, SeverityChoice>;
  others: Record<string, SeverityOverride>;
  onChange: (category: BuiltinCategory, choice: SeverityChoice) => void;
}

/** What each built-in category does to a draft; "default" follows DEFAULT_SEVERITIES. */
export function SeverityFields({ severities, others, onChange }: SeverityFieldsProps) {
  const otherEntries = Object.entries(others);
  return (
    <fieldset className="profile-fieldset">
      <legend>{t('profileSeverities')}</legend>
      <p className="field-hint">{t('profileSeveritiesHint')}</p>
      <div className="severity-grid">
        {BUILTIN_CATEGORIES.map((category) => {
          const id = `severity-${category}`;
          return (
            <div key={category} className="severity-row">
              <label htmlFor={id} className="severity-name">
                {categoryLabel(category)} <code>{category}</code>
              </label>
              <select
                id={id}
                value={severities[category]}
                data-choice={severities[category]}
                onChange={(event) => onChange(category, event.target.value as SeverityChoice)}
              >
                <option value="default">{t('severityDefault', { severity: severityLabel(DEFAULT_SEVERITIES[category]) })}</option>
                {SeverityOverrideSchema.options.map((severity) => (
                  <option key={severity} value={severity}>
                    {severityLabel(severity)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {otherEntries.length > 0 && (
        <p className="field-hint">
          {t('profileOtherSeverities', { list: otherEntries.map(([key, value]) => `${key} → ${value}`).join(', ') })}
        </p>
      )}
    </fieldset>
  );
}
