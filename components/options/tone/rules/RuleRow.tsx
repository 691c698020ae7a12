import { memo, useMemo } from 'react';
import { validateRule } from '../../../../lib/engine/tone';
import type { ToneRule } from '../../../../lib/schema/rules';
import { t } from '../../i18n';
import { categoryLabel, severityLabel } from '../labels';
import { useTone } from '../store';
import { deleteRuleWithUndo, setRuleEnabled } from './actions';

/** One rule of the pack: what it is, an on/off switch, edit and delete. */
export const RuleRow = memo(function RuleRow({ packId, rule, budgetError }: { packId: string; rule: ToneRule; budgetError?: string }) {
  const openRuleDialog = useTone((s) => s.openRuleDialog);
  // A rule imported from a file may not compile: the checker skips it, so say why.
  const verdict = useMemo(() => validateRule(rule), [rule]);
  const label = categoryLabel(rule.category);
  return (
    <tr className={rule.enabled ? 'rule' : 'rule rule-disabled'} data-testid="rule-item">
      <th scope="row">
        <div className="rule-id">
          <code>{rule.id}</code>
          <span className="rule-message">{rule.message}</span>
          {!verdict.ok && <span className="field-error">{t('ruleBroken', { error: verdict.error })}</span>}
          {verdict.ok && budgetError && <span className="field-error">{t('ruleBroken', { error: budgetError })}</span>}
        </div>
      </th>
      <td>
        {label ? (
          <>
            {label}
            <code className="rule-sub">{rule.category}</code>
          </>
        ) : (
          <code>{rule.category}</code>
        )}
      </td>
      <td>
        {rule.kind === 'phrase' ? t('ruleKindPhraseCount', { n: rule.phrases?.length ?? 0 }) : t('ruleKindRegexShort')}
        {rule.kind === 'regex' && <code className="rule-sub rule-pattern">{rule.pattern}</code>}
      </td>
      <td>
        <span className={`severity severity-${rule.severity}`}>{severityLabel(rule.severity)}</span>
      </td>
      <td>
        <label className="switch" title={t('ruleEnabledNamed', { id: rule.id })}>
          <input
            type="checkbox"
            role="switch"
            checked={rule.enabled}
            aria-label={t('ruleEnabledNamed', { id: rule.id })}
            onChange={(event) => void setRuleEnabled(packId, rule.id, event.target.checked)}
          />
          <span className="switch-track" aria-hidden="true" />
        </label>
      </td>
      <td className="rule-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={t('ruleEditNamed', { id: rule.id })}
          onClick={() => openRuleDialog({ packId, rule })}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet-danger"
          aria-label={t('ruleDeleteNamed', { id: rule.id })}
          onClick={() => void deleteRuleWithUndo(packId, rule)}
        >
          {t('delete')}
        </button>
      </td>
    </tr>
  );
});
