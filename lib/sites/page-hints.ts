import type { PageHints } from './catalog';
import { siteRow } from './site-info';

/**
 * What the overlay needs to know about a site's page beyond reading it (SITES.md): the send
 * button next to the composer, and the narrowest element that holds the open thread, so that one
 * MutationObserver watches that element instead of the whole document. The selectors live in the
 * site's catalog row; they are tried in order and the first present on the page wins.
 */
export type { PageHints };

export function pageHintsOf(adapterId: string): PageHints | undefined {
  return siteRow(adapterId)?.hints;
}

/** The first thread container present on the page, or null (the caller decides on a fallback). */
export function findThreadContainer(doc: Document, adapterId: string): Element | null {
  for (const selector of pageHintsOf(adapterId)?.threadContainers ?? []) {
    try {
      const found = doc.querySelector(selector);
      if (found) return found;
    } catch {
      // An invalid selector is a typo to fix here, not a reason to stop looking.
    }
  }
  return null;
}
