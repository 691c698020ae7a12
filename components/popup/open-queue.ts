import browser from 'webextension-polyfill';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

/**
 * Opens the waiting queue where the browser keeps side content: Chrome's side panel, Firefox's
 * sidebar, or else a tab. Must run inside the click handler (both APIs need a user gesture).
 */
export async function openQueue(): Promise<void> {
  const globals = globalThis as { chrome?: { sidePanel?: SidePanelApi }; browser?: { sidebarAction?: SidebarApi } };
  try {
    const sidebar = globals.browser?.sidebarAction;
    if (sidebar) return await sidebar.open();
    const sidePanel = globals.chrome?.sidePanel;
    if (sidePanel) {
      const current = await browser.windows.getCurrent();
      if (current.id !== undefined) return await sidePanel.open({ windowId: current.id });
    }
  } catch {
    // fall through to a tab
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}
