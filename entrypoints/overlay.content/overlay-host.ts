/**
 * The panel's shadow host and root once mounted. In production the root is closed, so
 * `host.shadowRoot` is null: the content script's own code (selection-watch) keeps the reference here.
 */
let mounted: { host: HTMLElement; shadow: ShadowRoot } | null = null;

export const overlayShadow = (): ShadowRoot | null => mounted?.shadow ?? null;
export const overlayHost = (): HTMLElement | null => mounted?.host ?? null;

export function setOverlayHost(value: { host: HTMLElement; shadow: ShadowRoot } | null): void {
  mounted = value;
}
