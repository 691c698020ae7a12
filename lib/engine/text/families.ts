/**
 * Word families: Snowball stems of one root that the stemmer leaves apart because of Russian
 * derivation ("доставк" ← доставка, "достав" ← доставили, "доставля" ← доставляем). Two stems
 * are relatives when they share a prefix of at least MIN_SHARED letters that leaves each at most
 * MAX_TAIL letters beyond it, or when one stem is the start of the other and that one goes at
 * most MAX_SUFFIX letters further ("отрав" → "отравлен"). That keeps "достав" away from
 * "достат" (достаточно) and "конкурс" away from "конкурент".
 */
const MIN_SHARED = 5;
const MAX_TAIL = 2;
const MAX_SUFFIX = 3;

export class StemFamilies {
  private readonly byPrefix = new Map<string, string[]>();
  private readonly known = new Set<string>();

  add(stem: string): void {
    if (this.known.has(stem) || stem.length < MIN_SHARED) return;
    this.known.add(stem);
    for (let length = Math.max(MIN_SHARED, stem.length - MAX_SUFFIX); length <= stem.length; length++) {
      const prefix = stem.slice(0, length);
      const list = this.byPrefix.get(prefix);
      if (list) list.push(stem);
      else this.byPrefix.set(prefix, [stem]);
    }
  }

  /** Known stems of the same family as `stem` (never `stem` itself). */
  relatives(stem: string): string[] {
    const found = new Set<string>();
    for (let length = Math.max(MIN_SHARED, stem.length - MAX_SUFFIX); length <= stem.length; length++) {
      for (const other of this.byPrefix.get(stem.slice(0, length)) ?? []) {
        if (other !== stem && areRelatives(stem, other)) found.add(other);
      }
    }
    return [...found];
  }
}

export function areRelatives(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  if (shared < MIN_SHARED) return false;
  const longerTail = Math.max(a.length, b.length) - shared;
  const oneStartsTheOther = shared === Math.min(a.length, b.length);
  return longerTail <= MAX_TAIL || (oneStartsTheOther && longerTail <= MAX_SUFFIX);
}
