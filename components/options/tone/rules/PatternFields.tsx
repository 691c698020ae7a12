import { useId } from 'react';
import { t } from '../../i18n';
import type { RuleForm } from './rule-form';

// "u" is left out: RE2 always matches Unicode code points. A file's "u" is kept as it is.
const FLAGS = [
  { flag: 'i', label: 'flagI' },
  { flag: 'm', label: 'flagM' },
  { flag: 's', label: 'flagS' },
] as const;

interface PatternFieldsProps {
  form: RuleForm;
  /** The engine's verdict on the pattern, live. */
  status: { ok: true } | { ok: false; error: string };
  /** A save attempt's error for the pattern (shown instead of the live verdict). */
  error?: string;
  onChange: (changes: Partial<RuleForm>) => void;
}

/** A regex rule's pattern and flags, with the engine's verdict right under the pattern. */
export function PatternFields({ form, status, error, onChange }: PatternFieldsProps) {
  const id = useId();
  const problem = error ?? (status.ok ? undefined : t('ruleRefused', { error: status.error }));
  return (
    <div className={problem ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {t('rulePattern')}
      </label>
      <input
        id={id}
        className="mono"
        spellCheck={false}
        autoComplete="off"
        value={form.pattern}
        aria-invalid={!!problem}
        aria-describedby={`${id}-status ${id}-hint`}
        onChange={(event) => onChange({ pattern: event.target.value })}
      />
      <p id={`${id}-status`} className={problem ? 'field-error' : 'field-hint pattern-ok'} aria-live="polite" data-testid="pattern-status">
        {problem ?? (form.pattern ? t('patternOk') : '')}
      </p>
      <p id={`${id}-hint`} className="field-hint">
        {t('patternHint')}
      </p>
      <div className="flag-row" role="group" aria-label={t('ruleFlags')}>
        {FLAGS.map(({ flag, label }) => (
          <label key={flag} className="checkbox">
            <input
              type="checkbox"
              checked={form.flags.includes(flag)}
              onChange={(event) =>
                onChange({ flags: event.target.checked ? form.flags + flag : form.flags.replaceAll(flag, '') })
              }
            />
            <code>{flag}</code> {t(label)}
          </label>
        ))}
      </div>
    </div>
  );
}
