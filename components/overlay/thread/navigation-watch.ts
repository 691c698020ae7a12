import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often the address is compared as a last resort (sites that navigate in ways no event reports). */
const POLL_MS = 1000;

/** The Navigation API where the browser has it (Chromium); lib.dom has no types for it yet. */
function navigationApi(): EventTarget | null {
  const api = (globalThis as { navigation?: unknown }).navigation;
  return api instanceof EventTarget ? api : null;
}

/**
 * Calls `onChange(href)` when the page's address changes without a reload: the Navigation API's
 * events (pushState/replaceState included, which no other event reports to a content script),
 * popstate and hashchange, and a cheap once-a-second comparison of `location.href`, which also
 * runs `onTick` for other periodic checks. Each change is reported once.
 */
export function watchNavigation(ctx: ContentScriptContext, onChange: (href: string) => void, onTick: () => void): void {
  let href = location.href;
  const check = () => {
    if (location.href === href) return;
    href = location.href;
    onChange(href);
  };
  // `navigate` fires before the address changes: look right after it, and again once it succeeded.
  const afterNavigate = () => void ctx.setTimeout(check, 0);
  const api = navigationApi();
  if (api) {
    ctx.addEventListener(api, 'navigate', afterNavigate);
    ctx.addEventListener(api, 'navigatesuccess', check);
  }
  ctx.addEventListener(window, 'popstate', check);
  ctx.addEventListener(window, 'hashchange', check);
  // A plain interval, not ctx.setInterval: WXT's timers check `runtime.id` on every tick and tear
  // the panel down as soon as the extension is reloaded; the panel should stay and say "reload".
  const poll = setInterval(() => {
    check();
    onTick();
  }, POLL_MS);
  ctx.onInvalidated(() => clearInterval(poll));
}
