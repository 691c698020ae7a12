import type { ToneRule } from '../../../../lib/schema/rules';
import { listPacks } from '../../../../lib/storage/library';
import { updatePack } from '../../../../lib/storage/library-writes'; // through the background, the database's only writer
import { t } from '../../i18n';
import { showToast } from '../../ui/toast-store';
import { useTone } from '../store';

/**
 * Rule writes. Rules live in their pack (`pack.rules`), so each write reads the pack's current
 * rules, changes them and stores the list; failures become a toast, like the Library's actions.
 */
async function changeRules(packId: string, change: (rules: ToneRule[]) => ToneRule[]): Promise<boolean> {
  try {
    const pack = (await listPacks()).find((p) => p.id === packId);
    if (!pack) throw new Error(`no pack "${packId}"`);
    await updatePack(packId, { rules: change(pack.rules) });
    return true;
  } catch (error) {
    showToast({ message: t('actionFailed', { error: error instanceof Error ? error.message : String(error) }) });
    return false;
  } finally {
    await useTone.getState().refreshRules();
  }
}

/** Adds the rule, or replaces the one with `previousId` in place (an edit may rename it). */
export async function saveRule(packId: string, rule: ToneRule, previousId?: string): Promise<boolean> {
  const saved = await changeRules(packId, (rules) =>
    previousId !== undefined && rules.some((r) => r.id === previousId)
      ? rules.map((r) => (r.id === previousId ? rule : r))
      : [...rules, rule],
  );
  if (saved) showToast({ message: t('ruleSaved', { id: rule.id }) });
  return saved;
}

export function setRuleEnabled(packId: string, ruleId: string, enabled: boolean) {
  return changeRules(packId, (rules) => rules.map((r) => (r.id === ruleId ? { ...r, enabled } : r)));
}

/** Deletes the rule; Undo puts it back at its place unless a rule with its id exists again. */
export async function deleteRuleWithUndo(packId: string, rule: ToneRule): Promise<void> {
  let index = -1;
  const deleted = await changeRules(packId, (rules) => {
    index = rules.findIndex((r) => r.id === rule.id);
    return rules.filter((r) => r.id !== rule.id);
  });
  if (!deleted || index < 0) return;
  showToast({
    message: t('ruleDeleted', { id: rule.id }),
    action: {
      label: t('undo'),
      run: () => changeRules(packId, (rules) => (rules.some((r) => r.id === rule.id) ? rules : rules.toSpliced(index, 0, rule))),
    },
  });
}
