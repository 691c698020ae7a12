import { useT } from '../i18n';
import { ToneSection } from './ToneSection';
import { ToneStatus } from './ToneStatus';
import { useTone } from './store';
import { useStripPlacement } from './useStripPlacement';

/**
 * The findings attached under the composer while the panel is closed or collapsed (with the
 * panel open they are listed in it instead). Only there while there is something to say.
 */
export function FindingsStrip({ composer }: { composer: HTMLElement }) {
  const t = useT();
  const shown = useTone((s) => s.findings.length > 0 || s.held !== null || s.fixFailed || s.fixAllUndo?.after === s.text);
  const { placement, measureRef } = useStripPlacement(shown ? composer : null);
  if (!shown) return null;
  const style = placement
    ? { left: placement.left, top: placement.top, width: placement.width, maxHeight: placement.maxHeight }
    : { left: 0, top: 0, visibility: 'hidden' as const };
  return (
    <section className="surface strip" style={style} aria-label={t('toneLabel')} data-testid="trustops-strip">
      <div ref={measureRef}>
        <div className="strip-head">
          <span className="logo" aria-hidden="true">T</span>
          <span className="strip-title">{t('toneLabel')}</span>
          <ToneStatus />
        </div>
        <ToneSection />
      </div>
    </section>
  );
}
