import { useT } from '../i18n';
import { FindingGroups } from './FindingGroups';
import { FixAllBar } from './FixAllBar';
import { HeldSend } from './HeldSend';
import { useTone } from './store';

/**
 * The tone side of the overlay: a held send first, then "fix all" (and its undo), then the
 * draft's findings grouped by category, one line each, in an area that keeps the suggestions and
 * the timer in view.
 */
export function ToneSection() {
  const t = useT();
  const findings = useTone((s) => s.findings);
  const text = useTone((s) => s.text);
  const fixFailed = useTone((s) => s.fixFailed);
  const undoable = useTone((s) => s.fixAllUndo !== null && s.fixAllUndo.after === s.text);
  if (findings.length === 0 && !fixFailed && !undoable) return <HeldSend />;
  return (
    <div className="tone" data-testid="trustops-tone">
      <HeldSend />
      {fixFailed && (
        <div className="notice copied" role="alert" data-testid="trustops-fix-failed">{t('fixFailed')}</div>
      )}
      <FixAllBar findings={findings} />
      {findings.length > 0 && <FindingGroups findings={findings} text={text} />}
    </div>
  );
}
