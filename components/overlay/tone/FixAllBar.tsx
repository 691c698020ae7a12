import type { ToneFinding } from '../../../lib/engine/tone';
import { pluralText } from '../../../lib/i18n/translate';
import { useT } from '../i18n';
import { useOverlay } from '../useOverlay';
import { applyAllFixes, undoFixAll } from './fix-all';
import { useTone } from './store';

/**
 * "Fix all" while any finding has a fix; after it, how many fixes went in and "Undo", offered
 * until the draft is edited again.
 */
export function FixAllBar({ findings }: { findings: readonly ToneFinding[] }) {
  const t = useT();
  const lang = useOverlay((s) => s.lang);
  const undo = useTone((s) => (s.fixAllUndo && s.fixAllUndo.after === s.text ? s.fixAllUndo : null));
  const fixable = findings.filter((finding) => finding.fix !== undefined).length;
  if (!undo && fixable === 0) return null;
  return (
    <div className="tone-tools">
      {undo && (
        <span className="fix-all-done" role="status" data-testid="trustops-fix-all-done">
          {pluralText(t, lang, 'fixAllDone', undo.count)}
          <button type="button" className="link-button" data-testid="trustops-fix-all-undo" onClick={() => void undoFixAll()}>
            {t('fixAllUndo')}
          </button>
        </span>
      )}
      {fixable > 0 && (
        <button type="button" className="button small fix-all" data-testid="trustops-fix-all" onClick={() => void applyAllFixes(findings)}>
          {t('fixAll', { n: fixable })}
        </button>
      )}
    </div>
  );
}
