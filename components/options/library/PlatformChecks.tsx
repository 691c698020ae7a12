import { PlatformSchema, type Platform } from '../../../lib/schema/pack';
import { t } from '../i18n';

// Brand names are not translated; "generic" (any other site) is.
const PLATFORM_LABEL: Record<Exclude<Platform, 'generic'>, string> = {
  vk: 'VK', telegram: 'Telegram', x: 'X', instagram: 'Instagram', facebook: 'Facebook', youtube: 'YouTube',
  linkedin: 'LinkedIn', mastodon: 'Mastodon',
};

interface PlatformChecksProps {
  value: Platform[];
  onChange: (platforms: Platform[]) => void;
  error?: string;
}

/** The platforms a reply is limited to, as a group of checkboxes (none = everywhere). */
export function PlatformChecks({ value, onChange, error }: PlatformChecksProps) {
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
          {platform === 'generic' ? t('platformGeneric') : PLATFORM_LABEL[platform]}
        </label>
      ))}
      <p id="platforms-hint" className={error ? 'field-error' : 'field-hint'}>
        {error ?? t('fieldPlatformsHint')}
      </p>
    </fieldset>
  );
}
