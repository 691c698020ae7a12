import { useEffect, useState } from 'react';
import { CollapsedChip } from './CollapsedChip';
import { Panel } from './Panel';
import { setCollapsed } from './panel-actions';
import { usePlacement } from './usePlacement';
import { useOverlay } from './useOverlay';

/** The panel (or its chip) beside the composer it serves; nothing while dismissed or without a composer. */
export function OverlayApp() {
  const composer = useOverlay((s) => s.composer);
  const closed = useOverlay((s) => s.closed);
  const collapsed = useOverlay((s) => s.collapsed);
  const offset = useOverlay((s) => s.offset);
  // Expanding the chip when no side has room: the user asked, so the panel may cover the composer.
  const [forceOpen, setForceOpen] = useState(false);
  useEffect(() => setForceOpen(false), [composer]);

  const { layout, measureRef } = usePlacement(closed ? null : composer, { collapsed, forceOpen, offset });
  if (closed || !composer) return null;

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
            if (!collapsed) setForceOpen(true);
            setCollapsed(false);
          }}
        />
      </div>
    );
  return <Panel measureRef={measureRef} style={{ ...position, width: layout?.width, maxHeight: placement?.maxHeight }} />;
}
