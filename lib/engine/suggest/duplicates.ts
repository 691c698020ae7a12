import { normalize } from '../text';

interface Listed {
  packId: string;
  title: string;
  body: string;
}

const sameText = (reply: Listed) => `${normalize(reply.title).trim()}\n${normalize(reply.body).replace(/\s+/g, ' ').trim()}`;

/**
 * Suggestions whose text another suggestion of the list repeats from another pack get that pack's
 * name (`packName`), so the user sees which pack each copy comes from; the others are unchanged.
 */
export function labelDuplicates<T extends Listed>(items: readonly T[], packName: (packId: string) => string): (T & { packName?: string })[] {
  const packsByText = new Map<string, Set<string>>();
  for (const item of items) {
    const key = sameText(item);
    packsByText.set(key, (packsByText.get(key) ?? new Set()).add(item.packId));
  }
  return items.map((item) => ((packsByText.get(sameText(item))?.size ?? 0) > 1 ? { ...item, packName: packName(item.packId) } : item));
}
