import { anyComposer } from './shared/composer';
import type { RegisteredAdapter } from './shared/site-adapter';
import { buildSnapshot } from './shared/snapshot';

/**
 * Any page with a text box. It cannot tell customers from the brand, so its snapshot names the
 * page (`generic:<origin><pathname>`) and carries no messages; suggestions and tone still work.
 */
export const genericAdapter: RegisteredAdapter = {
  id: 'generic',
  matches: () => true,
  recognises: () => true,
  composer: (doc) => anyComposer(doc),
  thread: (doc, url) => buildSnapshot('generic', `generic:${url.origin}${url.pathname}`, doc.title ?? '', url, []),
};
