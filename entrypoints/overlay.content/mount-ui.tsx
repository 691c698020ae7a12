import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import { OVERLAY_TAG } from '../../components/overlay/panel-actions';
import { OVERLAY_CSS } from '../../components/overlay/styles';

/**
 * Mounts the panel's React tree in a shadow root appended to <body>. Keyboard events stop at the
 * shadow root so that typing in the panel never triggers the site's own shortcuts.
 */
export async function mountOverlay(ctx: ContentScriptContext): Promise<void> {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: OVERLAY_TAG,
    position: 'overlay',
    zIndex: 2147483647,
    // OVERLAY_CSS carries its own `:host { all: initial }` reset plus the host's fixed placement.
    inheritStyles: true,
    css: OVERLAY_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const root = createRoot(container);
      root.render(<OverlayApp />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
