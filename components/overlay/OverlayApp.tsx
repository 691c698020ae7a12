import { useEffect, useState, type CSSProperties } from 'react';
import { CollapsedChip } from './CollapsedChip';
import { useT } from './i18n';
import { Panel } from './Panel';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { setCollapsed } from './panel-actions';
import { FindingsStrip } from './tone/FindingsStrip';
import { usePlacement, type Layout } from './usePlacement';
import { useOverlay } from './useOverlay';

/**
 * The panel (or its chip) beside the composer it serves, and the tone findings: listed in the
 * panel while it is open, else in a strip under the composer. Nothing without a composer.
 */
export function OverlayApp() {
  const composer = useOverlay((s) => s.composer);
  const closed = useOverlay((s) => s.closed);
  const collapsed = useOverlay((s) => s.collapsed);
  const offset = useOverlay((s) => s.offset);
  // Expanding the chip when no side has room: the user asked, so the panel may cover the composer.
  const [forceOpen, setForceOpen] = useState(false);
  useEffect(() => setForceOpen(false), [composer]);

  const { layout, measureRef } = usePlacement(closed ? null : composer, { collapsed, forceOpen, offset });
  if (!composer) return null;
  // Before its first measurement the panel is about to show (hidden): findings go there already.
  const findingsInPanel = !closed && layout?.mode !== 'chip';
  return (
    <>
      {!closed && <PanelOrChip layout={layout} measureRef={measureRef} collapsed={collapsed} onForceOpen={() => setForceOpen(true)} />}
      {!findingsInPanel && (
        <PanelErrorBoundary fallback={null}>
          <FindingsStrip composer={composer} />
        </PanelErrorBoundary>
      )}
    </>
  );
}

interface PanelOrChipProps {
  layout: Layout | null;
  measureRef: (node: HTMLElement | null) => void;
  collapsed: boolean;
  onForceOpen: () => void;
}

function PanelOrChip({ layout, measureRef, collapsed, onForceOpen }: PanelOrChipProps) {
  // Before the first measurement the panel renders hidden, so its size is known before it shows.
  const placement = layout?.placement;
  const position = placement
    ? { left: placement.left, top: placement.top }
    : { left: 0, top: 0, visibility: 'hidden' as const };

  if (layout?.mode === 'chip')
    return (
      <div className="surface" style={position}>
        <CollapsedChip
          measureRef={measureRef}
          onExpand={() => {
            // Whether the user collapsed it or the layout chose it: with no room beside, the popover.
            onForceOpen();
            if (collapsed) setCollapsed(false);
          }}
        />
      </div>
    );
  const style = { ...position, width: layout?.width, maxHeight: placement?.maxHeight };
  return (
    <PanelErrorBoundary fallback={<CrashedPanel style={style} />}>
      <Panel measureRef={measureRef} style={style} />
    </PanelErrorBoundary>
  );
}

function CrashedPanel({ style }: { style: CSSProperties }) {
  const t = useT();
  return (
    <section className="surface panel" style={style} data-testid="trustops-panel" role="alert">
      <div className="state error">{t('crashed')}</div>
    </section>
  );
}
