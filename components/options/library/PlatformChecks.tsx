import { PlatformSchema, type Platform } from '../../../lib/schema/pack';
import { siteName, type SiteLang } from '../../../lib/sites/site-info';
import { t } from '../i18n';

interface PlatformChecksProps {
  value: Platform[];
  onChange: (platforms: Platform[]) => void;
  error?: string;
  /** The interface language, for site names (the catalog's); English names until it is passed. */
  lang?: SiteLang;
}

/** The platforms a reply is limited to, as a group of checkboxes (none = everywhere). */
export function PlatformChecks({ value, onChange, error, lang = 'en' }: PlatformChecksProps) {
  return (
    <fieldset className="platforms" aria-describedby="platforms-hint">
      <legend>{t('fieldPlatforms')}</legend>
      {PlatformSchema.options.map((platform) => (
        <label key={platform} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(platform)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, platform] : value.filter((p) => p !== platform))
            }
          />
          {platform === 'generic' ? t('platformGeneric') : (siteName(platform, lang) ?? platform)}
        </label>
      ))}
      <p id="platforms-hint" className={error ? 'field-error' : 'field-hint'}>
        {error ?? t('fieldPlatformsHint')}
      </p>
    </fieldset>
  );
}
