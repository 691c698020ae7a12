import type { Settings } from '../../../lib/schema/settings';
import { t } from '../i18n';
import { Field } from '../ui/Field';
import { applyOptionsLanguage } from './options-language';
import { useSettingsStore } from './store';
import { SwitchRow } from './SwitchRow';

const LANGUAGES: { value: Settings['language']; label: 'langAuto' | 'langRu' | 'langEn' }[] = [
  { value: 'auto', label: 'langAuto' },
  { value: 'ru', label: 'langRu' },
  { value: 'en', label: 'langEn' },
];
const SUGGESTION_COUNTS = Array.from({ length: 10 }, (_, i) => i + 1);

/** Language, the panel opening by itself, and how many replies it suggests. */
export function GeneralCard() {
  const settings = useSettingsStore((s) => s.settings);
  const save = useSettingsStore((s) => s.save);
  return (
    <section className="card settings-card" aria-labelledby="settings-general-title">
      <header className="card-header">
        <h2 id="settings-general-title">{t('settingsGeneral')}</h2>
      </header>
      <div className="card-body">
        <Field label={t('settingLanguage')} hint={t('settingLanguageHint')}>
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={settings.language}
              onChange={async (event) => {
                const language = event.target.value as Settings['language'];
                if (await save({ language })) applyOptionsLanguage(language);
              }}
            >
              {LANGUAGES.map(({ value, label }) => (
                <option key={value} value={value}>
                  {t(label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SwitchRow
          label={t('settingAutoOpen')}
          hint={t('settingAutoOpenHint')}
          checked={settings.autoOpenPanel}
          onChange={(autoOpenPanel) => void save({ autoOpenPanel })}
        />
        <Field label={t('settingSuggestions')} hint={t('settingSuggestionsHint')}>
          {({ id, describedBy }) => (
            <select
              id={id}
              className="select-narrow"
              aria-describedby={describedBy}
              value={settings.suggestionsCount}
              onChange={(event) => void save({ suggestionsCount: Number(event.target.value) })}
            >
              {SUGGESTION_COUNTS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
}
