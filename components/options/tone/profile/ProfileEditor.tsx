import { useMemo, useRef, useState } from 'react';
import type { OptionsKey } from '../../../../lib/i18n/options';
import type { BrandProfile } from '../../../../lib/schema/profile';
import type { BuiltinCategory } from '../../../../lib/schema/rules';
import { t } from '../../i18n';
import { showToast } from '../../ui/toast-store';
import { useSettingsStore } from '../../settings/store';
import { FileErrors } from '../FileErrors';
import { useTone } from '../store';
import { AddressFormField } from './AddressFormField';
import { DraftTry } from './DraftTry';
import { LimitsFields } from './LimitsFields';
import { ListField } from './ListField';
import { ProfileFileActions } from './ProfileFileActions';
import {
  formOfProfile, sameForm, validateProfileForm, type ListField as ListKey, type ProfileForm, type SeverityChoice,
} from './profile-form';
import { SeverityFields } from './SeverityFields';

const LIST_TEXTS: Record<ListKey, { label: OptionsKey; hint: OptionsKey; placeholder: string }> = {
  allowedDomains: { label: 'profileDomains', hint: 'profileDomainsHint', placeholder: 'brand.ru\nbrand-shop.com' },
  hotlines: { label: 'profileHotlines', hint: 'profileHotlinesHint', placeholder: '8 800 555-35-35' },
  brandNames: { label: 'profileBrandNames', hint: 'profileBrandNamesHint', placeholder: 'Brand' },
  abbreviations: { label: 'profileAbbreviations', hint: 'profileAbbreviationsHint', placeholder: 'ЗОЖ\nSKU' },
};

/**
 * The brand profile (Settings.profile) as a form: edits stay a draft until saved, errors show
 * beside the field and line they belong to, and the try box below checks drafts against it live.
 */
export function ProfileEditor() {
  const saved = useSettingsStore((s) => s.settings.profile);
  const save = useSettingsStore((s) => s.save);
  const draft = useTone((s) => s.profileDraft);
  const setDraft = useTone((s) => s.setProfileDraft);
  const savedForm = useMemo(() => formOfProfile(saved), [saved]);
  const form = draft ?? savedForm;
  // The draft goes back to null once it matches the saved profile again: null = nothing unsaved.
  const dirty = draft !== null;
  const checked = useMemo(() => validateProfileForm(form), [form]);
  // Errors show for fields left (blur) or after a save attempt, not on every half-typed line.
  const [shown, setShown] = useState<{ all: boolean; fields: Set<string> }>({ all: false, fields: new Set() });
  const [importErrors, setImportErrors] = useState<{ file: string; errors: string[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const update = (changes: Partial<ProfileForm>) => {
    const next = { ...form, ...changes };
    setDraft(sameForm(next, savedForm) ? null : next);
  };
  const reveal = (field: string) => setShown((s) => (s.fields.has(field) ? s : { ...s, fields: new Set(s.fields).add(field) }));
  const errors = checked.ok ? null : checked.errors;
  const visible = (field: string) => (errors && (shown.all || shown.fields.has(field)) ? errors : null);

  const submit = async () => {
    if (!checked.ok) {
      setShown((s) => ({ ...s, all: true }));
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    const result = await save({ profile: checked.profile });
    setSaving(false);
    if (!result) return;
    setDraft(null);
    setShown({ all: false, fields: new Set() });
    showToast({ message: t('profileSaved') });
  };

  // An imported file fills the form for review; saving stays a separate step.
  const loadImported = (profile: BrandProfile, file: string) => {
    setImportErrors(null);
    const next = formOfProfile(profile);
    setDraft(sameForm(next, savedForm) ? null : next);
    showToast({ message: t('profileImported', { file }) });
  };

  return (
    <>
      <section className="card profile-card" aria-labelledby="profile-title">
        <header className="card-header card-header-wrap">
          <div>
            <h2 id="profile-title">
              {t('profileTitle')}
              {dirty && (
                <span className="dirty-badge" data-testid="profile-dirty">
                  {t('unsavedChanges')}
                </span>
              )}
            </h2>
            <p className="card-meta">{t('profileLead')}</p>
          </div>
          <ProfileFileActions
            current={checked.ok ? checked.profile : null}
            onImported={loadImported}
            onRefused={(file, list) => setImportErrors({ file, errors: list })}
          />
        </header>
        {importErrors && (
          <FileErrors
            title={t('profileImportFailed', { file: importErrors.file })}
            errors={importErrors.errors}
            testId="profile-import-errors"
          />
        )}
        <form
          ref={formRef}
          className="card-body profile-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <AddressFormField value={form.addressForm} onChange={(addressForm) => update({ addressForm })} />

          <div className="profile-lists">
            {(Object.keys(LIST_TEXTS) as ListKey[]).map((field) => (
              <ListField
                key={field}
                label={t(LIST_TEXTS[field].label)}
                hint={t(LIST_TEXTS[field].hint)}
                placeholder={LIST_TEXTS[field].placeholder}
                value={form[field]}
                errors={visible(field)?.lists[field]}
                onChange={(value) => update({ [field]: value })}
                onBlur={() => reveal(field)}
              />
            ))}
          </div>

          <LimitsFields
            limits={form.limits}
            errors={errors?.limits ?? {}}
            onChange={(platform, value) => update({ limits: { ...form.limits, [platform]: value } })}
          />
          <SeverityFields
            severities={form.severities}
            others={form.otherSeverities}
            onChange={(category: BuiltinCategory, choice: SeverityChoice) =>
              update({ severities: { ...form.severities, [category]: choice } })
            }
          />
          {shown.all && errors && errors.other.length > 0 && (
            <ul className="field-error field-error-list">
              {errors.other.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
          )}

          <div className="form-actions">
            {shown.all && errors && (
              <p className="form-error" role="alert">
                {t('formHasErrors')}
              </p>
            )}
            {dirty && (
              <button type="button" className="button" onClick={() => setDraft(null)}>
                {t('profileDiscard')}
              </button>
            )}
            <button type="submit" className="button button-primary" disabled={saving || !dirty}>
              {t('profileSave')}
            </button>
          </div>
        </form>
      </section>
      <DraftTry profile={checked.ok ? checked.profile : saved} usingSaved={!checked.ok} />
    </>
  );
}
