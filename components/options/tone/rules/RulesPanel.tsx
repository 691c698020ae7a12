import { useId, useMemo } from 'react';
import { packBudgetErrors } from '../../../../lib/engine/tone/custom/validate';
import { plural, t } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { useTone } from '../store';
import { RuleEditor } from './RuleEditor';
import { RuleRow } from './RuleRow';

/** The rules of one pack. Rules travel with their pack: the Library's JSON export and import carry them. */
export function RulesPanel() {
  const packs = useTone((s) => s.packs);
  const selectedPackId = useTone((s) => s.selectedPackId);
  const selectPack = useTone((s) => s.selectPack);
  const dialog = useTone((s) => s.ruleDialog);
  const openRuleDialog = useTone((s) => s.openRuleDialog);
  const closeRuleDialog = useTone((s) => s.closeRuleDialog);
  const pack = packs.find((p) => p.id === selectedPackId);
  const dialogPack = dialog && packs.find((p) => p.id === dialog.packId);
  const pickerId = useId();
  // Rules over the checker's budget (counted over all enabled packs) are skipped: say so on their row.
  const budgetErrors = useMemo(() => packBudgetErrors(packs), [packs]);

  return (
    <section className="card" aria-labelledby="rules-title">
      <header className="card-header card-header-wrap">
        <div>
          <h2 id="rules-title">{t('rulesTitle')}</h2>
          <p className="card-meta">{t('rulesLead')}</p>
        </div>
        <div className="toolbar">
          <label htmlFor={pickerId} className="inline-field">
            {t('rulesPack')}
          </label>
          <select
            id={pickerId}
            className="pack-picker"
            value={selectedPackId ?? ''}
            disabled={!packs.length}
            onChange={(event) => selectPack(event.target.value)}
          >
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({plural('rules', p.rules.length)}){p.enabled ? '' : ` · ${t('packOff')}`}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-primary button-small"
            disabled={!pack}
            onClick={() => pack && openRuleDialog({ packId: pack.id })}
          >
            + {t('ruleNew')}
          </button>
        </div>
      </header>
      {!packs.length && (
        <EmptyState
          testId="rules-empty"
          text={t('rulesNoPacks')}
          action={
            <a className="button button-small" href="#library">
              {t('emptyOpenLibrary')}
            </a>
          }
        />
      )}
      {pack && !pack.enabled && <p className="rules-note">{t('rulesPackOff', { name: pack.name })}</p>}
      {pack && pack.rules.length === 0 && <EmptyState testId="rules-empty" text={t('rulesEmpty')} />}
      {pack && pack.rules.length > 0 && (
        <div className="table-scroll">
          <table className="rule-table">
            <thead>
              <tr>
                <th scope="col">{t('ruleColRule')}</th>
                <th scope="col">{t('ruleColCategory')}</th>
                <th scope="col">{t('ruleColKind')}</th>
                <th scope="col">{t('ruleColSeverity')}</th>
                <th scope="col">{t('ruleColEnabled')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('ruleColActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pack.rules.map((rule, i) => (
                <RuleRow key={`${i}:${rule.id}`} packId={pack.id} rule={rule} budgetError={budgetErrors.get(rule)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog && dialogPack && <RuleEditor pack={dialogPack} dialog={dialog} onClose={closeRuleDialog} />}
    </section>
  );
}
