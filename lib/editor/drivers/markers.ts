/**
 * Rich-text frameworks mark their editing host, an inner node or a wrapper (Draft.js: [data-contents]
 * inside, .DraftEditor-root around), so a marker counts on the host, inside it or around it.
 */
export function hasMarker(host: HTMLElement, selector: string): boolean {
  return host.matches(selector) || host.querySelector(selector) !== null || host.closest(selector) !== null;
}
