import { useEffect, useState } from 'react';
import { RetentionSchema, type Retention } from '../../../lib/schema/settings';
import { lang } from '../i18n';
import { createStorageTranslator } from '../storage-texts';
import { Field } from '../ui/Field';
import { useSettingsStore } from './store';

const { t } = createStorageTranslator(lang);

type RetentionKey = keyof Retention;
const FIELDS: { key: RetentionKey; label: Parameters<typeof t>[0]; hint?: Parameters<typeof t>[0] }[] = [
  { key: 'picksDays', label: 'retentionPicksDays', hint: 'retentionPicksDaysHint' },
  { key: 'picksMax', label: 'retentionPicksMax', hint: 'retentionPicksMaxHint' },
  { key: 'threadsDays', label: 'retentionThreadsDays', hint: 'retentionThreadsDaysHint' },
  { key: 'auditDays', label: 'retentionAuditDays' },
];

/** The schema's own bounds, so the form and the stored value can never disagree. */
function bounds(key: RetentionKey): { min: number; max: number } {
  const field = RetentionSchema.shape[key].unwrap();
  return { min: field.minValue ?? 1, max: field.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** How long history is kept; the background applies it daily. A value is saved when it is valid. */
export function RetentionCard() {
  const retention = useSettingsStore((s) => s.settings.retention);
  const save = useSettingsStore((s) => s.save);
  return (
    <section className="card settings-card" aria-labelledby="settings-retention-title" data-testid="retention-card">
      <header className="card-header">
        <h2 id="settings-retention-title">{t('retentionTitle')}</h2>
      </header>
      <div className="card-body">
        <p className="field-hint">{t('retentionLead')}</p>
        {FIELDS.map(({ key, label, hint }) => (
          <NumberSetting
            key={key}
            label={t(label)}
            hint={hint && t(hint)}
            value={retention[key]}
            {...bounds(key)}
            onSave={(value) => void save({ retention: { ...retention, [key]: value } })}
          />
        ))}
      </div>
    </section>
  );
}

interface NumberSettingProps {
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  onSave: (value: number) => void;
}

function NumberSetting({ label, hint, value, min, max, onSave }: NumberSettingProps) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const parsed = Number(draft);
  const valid = /^\d+$/.test(draft.trim()) && parsed >= min && parsed <= max;
  const commit = () => {
    if (valid && parsed !== value) onSave(parsed);
  };
  return (
    <Field label={label} hint={hint} error={valid ? undefined : t('retentionInvalid', { min, max: max.toLocaleString(lang) })}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="select-narrow"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </Field>
  );
}
