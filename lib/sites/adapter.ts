import type { ThreadSnapshot } from '../schema/thread';

/** The adapter interface of DESIGN.md: adapters only read the DOM; writing goes through lib/editor. */
export interface SiteAdapter {
  id: string; // 'vk' | 'telegram' | 'x' | ... | 'generic'
  matches(url: URL): boolean;
  composer(doc: Document): HTMLElement | null; // the reply box in focus or in view
  thread(doc: Document, url: URL): ThreadSnapshot | null; // id, title, messages with direction/at/text
}
