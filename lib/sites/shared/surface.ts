import type { ThreadSnapshot } from '../../schema/thread';
import { anyComposer } from './composer';
import type { RegisteredAdapter } from './site-adapter';
import { buildSnapshot, type ReadMessage } from './snapshot';

/** One kind of page of a site (VK's messenger, its legacy messenger, its wall comments). */
export interface Surface {
  /** The thread id this URL opens (`vk:convo_42`), or null when the URL is not this surface. */
  threadId(url: URL): string | null;
  /** Health: the site's own selectors find the message list or the composer container. */
  recognises(doc: Document): boolean;
  composer(doc: Document): HTMLElement | null;
  /** Title and the newest messages (at most SNAPSHOT_MESSAGE_LIMIT), oldest first. */
  read(doc: Document, url: URL): { title: string; messages: ReadMessage[] };
}

export interface SiteDefinition {
  id: string;
  matches(url: URL): boolean;
  surfaces: readonly Surface[];
  detect?(doc: Document): boolean;
}

function documentUrl(doc: Document): URL | null {
  try {
    return new URL(doc.URL);
  } catch {
    return null;
  }
}

/** An adapter from its surfaces: the URL picks the surface; pages with no thread still get a composer. */
export function defineSite(site: SiteDefinition): RegisteredAdapter {
  const surfaceFor = (url: URL | null) => (url ? site.surfaces.find((surface) => surface.threadId(url) !== null) : undefined);
  return {
    id: site.id,
    matches: (url) => site.matches(url),
    ...(site.detect ? { detect: site.detect } : {}),
    recognises(doc, url) {
      const surface = surfaceFor(url);
      // Outside a thread there is no list to find; any of the site's composers proves the markup.
      return surface ? surface.recognises(doc) : true;
    },
    composer(doc) {
      const surface = surfaceFor(documentUrl(doc));
      if (surface) return surface.composer(doc);
      for (const other of site.surfaces) {
        const found = other.composer(doc);
        if (found) return found;
      }
      return anyComposer(doc);
    },
    thread(doc, url): ThreadSnapshot | null {
      const surface = surfaceFor(url);
      const id = surface?.threadId(url);
      if (!surface || !id) return null;
      const { title, messages } = surface.read(doc, url);
      return buildSnapshot(site.id, id, title, url, messages);
    },
  };
}
