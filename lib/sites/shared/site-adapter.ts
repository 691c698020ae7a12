import type { SiteAdapter } from '../adapter';

/**
 * What the registry needs beyond the public SiteAdapter interface (DESIGN.md keeps that one exact).
 * `recognises` counts only the site's own selectors (primary or fallback), never the a11y heuristics:
 * a page whose class names changed must report "markup not recognised" instead of half-working.
 */
export interface RegisteredAdapter extends SiteAdapter {
  /** Markup-based claim for sites served from any host (Mastodon instances). */
  detect?(doc: Document): boolean;
  /** The health check: the markup this adapter knows is on the page. */
  recognises(doc: Document, url: URL): boolean;
}
