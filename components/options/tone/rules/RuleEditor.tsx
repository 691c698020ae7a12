import { useMemo, useRef, useState } from 'react';
import { BUILTIN_CATEGORIES, SeveritySchema, type Severity } from '../../../../lib/schema/rules';
import type { PackRecord } from '../../../../lib/schema/storage';
import { t } from '../../i18n';
import { FormDialog } from '../../ui/FormDialog';
import { Field } from '../../ui/Field';
import { TextAreaField } from '../../ui/TextAreaField';
import { categoryLabel, severityLabel } from '../labels';
import { saveRule } from './actions';
import { PatternFields } from './PatternFields';
import { formOfRule, matcherStatus, testInputOf, validateRuleForm, type RuleErrors, type RuleForm } from './rule-form';
import { RuleTester } from './RuleTester';
import type { RuleDialog } from '../store';

/** Create or edit one pack rule; the engine checks it as you type and a sample shows what it flags. */
export function RuleEditor({ pack, dialog, onClose }: { pack: PackRecord; dialog: RuleDialog; onClose: () => void }) {
  const original = dialog.rule;
  const [form, setForm] = useState<RuleForm>(() => formOfRule(original));
  const [errors, setErrors] = useState<RuleErrors>({});
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const takenIds = useMemo(
    () => new Set(pack.rules.map((r) => r.id).filter((id) => id !== original?.id)),
    [pack.rules, original?.id],
  );
  const { kind, phrases, pattern, flags } = form;
  const status = useMemo(() => matcherStatus({ kind, phrases, pattern, flags }), [kind, phrases, pattern, flags]);
  const testable = status.ok && (kind === 'regex' ? !!pattern : !!phrases.trim());
  const formId = 'rule-form';

  const update = (changes: Partial<RuleForm>) => {
    setForm((f) => ({ ...f, ...changes }));
    // A touched field's error goes; the next save attempt brings it back if still wrong.
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(changes) as (keyof RuleForm)[]) delete next[key];
      if ('flags' in changes) delete next.pattern;
      return next;
    });
  };

  const submit = async () => {
    if (saving) return;
    const checked = validateRuleForm(form, takenIds);
    if (!checked.ok) {
      setErrors(checked.errors);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    const saved = await saveRule(pack.id, checked.rule, original?.id);
    setSaving(false);
    if (saved) onClose();
  };

  const hasErrors = Object.values(errors).some(Boolean);

  return (
    <FormDialog
      title={original ? t('ruleEditTitle', { pack: pack.name }) : t('ruleCreateTitle', { pack: pack.name })}
      formId={formId}
      formRef={formRef}
      className="rule-form"
      hasErrors={hasErrors}
      saving={saving}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <div className="rule-fields">
        <div className="form-row rule-row-fields">
          <Field label={t('ruleId')} hint={t('ruleIdHint')} error={errors.id}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                autoFocus
                className="mono"
                spellCheck={false}
                value={form.id}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => update({ id: event.target.value })}
              />
            )}
          </Field>
          <Field label={t('ruleCategory')} hint={t('ruleCategoryHint')} error={errors.category}>
            {({ id, describedBy, invalid }) => (
              <>
                <input
                  id={id}
                  list="rule-categories"
                  className="mono"
                  spellCheck={false}
                  value={form.category}
                  aria-invalid={invalid}
                  aria-describedby={describedBy}
                  onChange={(event) => update({ category: event.target.value })}
                />
                <datalist id="rule-categories">
                  {BUILTIN_CATEGORIES.map((category) => (
                    <option key={category} value={category} label={categoryLabel(category)} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label={t('ruleSeverity')} error={errors.severity}>
            {({ id, describedBy }) => (
              <select
                id={id}
                aria-describedby={describedBy}
                value={form.severity}
                onChange={(event) => update({ severity: event.target.value as Severity })}
              >
                {SeveritySchema.options.map((severity) => (
                  <option key={severity} value={severity}>
                    {severityLabel(severity)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <TextAreaField label={t('ruleMessage')} hint={t('ruleMessageHint')} error={errors.message} rows={2} value={form.message} onChange={(value) => update({ message: value })} />
        <fieldset className="platforms">
          <legend>{t('ruleKind')}</legend>
          <label className="checkbox">
            <input type="radio" name="rule-kind" checked={form.kind === 'phrase'} onChange={() => update({ kind: 'phrase' })} />
            {t('ruleKindPhrase')}
          </label>
          <label className="checkbox">
            <input type="radio" name="rule-kind" checked={form.kind === 'regex'} onChange={() => update({ kind: 'regex' })} />
            {t('ruleKindRegex')}
          </label>
        </fieldset>
        {form.kind === 'phrase' ? (
          <TextAreaField
            label={t('rulePhrases')}
            hint={t('rulePhrasesHint')}
            error={errors.phrases ?? (status.ok ? undefined : t('ruleRefused', { error: status.error }))}
            rows={4}
            value={form.phrases}
            onChange={(value) => update({ phrases: value })}
          />
        ) : (
          <PatternFields form={form} status={status} error={errors.pattern} onChange={update} />
        )}
        <div className="form-row rule-row-fields">
          <Field label={t('ruleReplacement')} hint={form.kind === 'regex' ? t('ruleReplacementRegexHint') : t('ruleReplacementHint')} error={errors.replacement}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                value={form.replacement}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => update({ replacement: event.target.value })}
              />
            )}
          </Field>
          <label className="checkbox rule-enabled">
            <input type="checkbox" checked={form.enabled} onChange={(event) => update({ enabled: event.target.checked })} />
            {t('ruleEnabled')}
          </label>
        </div>
      </div>
      <RuleTester rule={testInputOf(form)} valid={testable} />
    </FormDialog>
  );
}
