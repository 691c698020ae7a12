import { useId, useMemo, useState } from 'react';
import { testRule } from '../../../../lib/engine/tone';
import type { ToneRuleInput } from '../../../../lib/schema/rules';
import { lang, t } from '../../i18n';
import { FindingList } from '../FindingList';
import { useDebouncedValue } from '../useDebouncedValue';

/**
 * RE2 matches in linear time, but its cost still grows with the sample; a cap keeps each run
 * within a few tens of milliseconds, so typing never stalls.
 */
const MAX_SAMPLE_CHARS = 5000;

/** A sample text checked with the rule as typed (alone, even if disabled), 150 ms after typing stops. */
export function RuleTester({ rule, valid }: { rule: ToneRuleInput; valid: boolean }) {
  const [sample, setSample] = useState('');
  const id = useId();
  // Rule and sample settle together, so one run follows a pause in either.
  const settled = useDebouncedValue(JSON.stringify({ rule, sample, valid }), 150);
  const { findings, text } = useMemo(() => {
    const now = JSON.parse(settled) as { rule: ToneRuleInput; sample: string; valid: boolean };
    return { text: now.sample, findings: now.valid && now.sample ? testRule(now.rule, now.sample) : [] };
  }, [settled]);

  return (
    <div className="rule-tester">
      <label htmlFor={id} className="field-label">
        {t('ruleTest')}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={MAX_SAMPLE_CHARS}
        value={sample}
        placeholder={t('ruleTestPlaceholder')}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setSample(event.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('ruleTestHint', { max: MAX_SAMPLE_CHARS.toLocaleString(lang) })}
      </p>
      <div className="try-results" aria-live="polite" data-testid="rule-test-findings">
        {text && !valid && <p className="finding-none">{t('ruleTestInvalid')}</p>}
        {text && valid && <FindingList text={text} findings={findings} emptyText={t('ruleTestNoMatch')} />}
      </div>
    </div>
  );
}
