/**
 * A pack made ready to host: stamped with `updatedAt` (now) and, when given, the publisher's
 * `revision` label. Any earlier `signature` is dropped — it covered the previous content and would
 * only make a pinned subscriber refuse the file; `pack sign` adds a fresh one. Pure.
 */
export function packEdition<P extends Record<string, unknown>>(
  pack: P,
  { now, revision }: { now: Date; revision?: string },
): Omit<P, 'signature'> & { updatedAt: string; revision?: string } {
  const { signature: _stale, ...content } = pack;
  const label = revision?.trim();
  return { ...content, updatedAt: now.toISOString(), ...(label ? { revision: label } : {}) };
}

/** A default label for a new edition: the date, `YYYY.MM.DD` (UTC). */
export function defaultRevision(now: Date): string {
  return now.toISOString().slice(0, 10).replaceAll('-', '.');
}
