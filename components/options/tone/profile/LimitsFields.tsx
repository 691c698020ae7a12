import { DEFAULT_LIMITS } from '../../../../lib/schema/profile';
import { t } from '../../i18n';
import { platformName } from '../labels';

interface LimitsFieldsProps {
  limits: Record<string, string>;
  errors: Record<string, string>;
  onChange: (platform: string, value: string) => void;
}

/** Length limit per platform; an empty box means the platform's default (shown as placeholder). */
export function LimitsFields({ limits, errors, onChange }: LimitsFieldsProps) {
  return (
    <fieldset className="profile-fieldset">
      <legend>{t('profileLimits')}</legend>
      <p className="field-hint">{t('profileLimitsHint')}</p>
      <div className="limits-grid">
        {Object.entries(limits).map(([platform, value]) => {
          const id = `limit-${platform}`;
          const error = errors[platform];
          return (
            <div key={platform} className={error ? 'field field-invalid' : 'field'}>
              <label htmlFor={id} className="field-label">
                {platformName(platform)}
              </label>
              <input
                id={id}
                inputMode="numeric"
                value={value}
                placeholder={DEFAULT_LIMITS[platform] !== undefined ? String(DEFAULT_LIMITS[platform]) : ''}
                aria-invalid={!!error}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(event) => onChange(platform, event.target.value)}
              />
              {error && (
                <p id={`${id}-error`} className="field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
