import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OverlayApp } from './OverlayApp';
import { OVERLAY_TAG } from './panel-actions';
import { OVERLAY_CSS } from './styles';
import { acceptTrustedInputOnly } from './trusted-events';
import { TEST_BUILD } from '../../lib/build-mode';
import { setOverlayHost } from './overlay-host';

/**
 * Mounts the panel's React tree in a shadow root appended to <body>. Keyboard events stop at the
 * shadow root so that typing in the panel never triggers the site's own shortcuts.
 *
 * The page must not read or drive the panel: in production the root is closed (page scripts cannot
 * reach the suggestions, the search box or the buttons) and, in every build, input a script
 * dispatches inside it is dropped before any handler. The test build keeps the root open because
 * Playwright's locators pierce open roots only.
 */
export async function mountOverlay(ctx: ContentScriptContext): Promise<void> {
  let stopFilter = () => {};
  const ui = await createShadowRootUi<Root>(ctx, {
    name: OVERLAY_TAG,
    mode: TEST_BUILD ? 'open' : 'closed',
    position: 'overlay',
    zIndex: 2147483647,
    // OVERLAY_CSS carries its own `:host { all: initial }` reset plus the host's fixed placement.
    inheritStyles: true,
    css: OVERLAY_CSS,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, shadow, host) {
      stopFilter = acceptTrustedInputOnly(shadow);
      setOverlayHost({ host, shadow });
      const root = createRoot(container);
      root.render(<OverlayApp />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
      stopFilter();
      setOverlayHost(null);
    },
  });
  ui.mount();
}
