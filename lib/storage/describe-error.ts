/**
 * "Bare DatabaseClosedError" → the error that really closed the database. Dexie wraps the cause
 * (a failed upgrade, a VersionError after a downgrade, a browser that refuses IndexedDB) in
 * `inner`; this walks down to it and names it, e.g. "DataError: Data provided … (DatabaseClosedError)".
 * Free of Dexie and the schema: the error screen of every extension page uses it.
 */
export function describeDatabaseError(error: unknown): string {
  const chain: { name: string; message: string }[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (typeof e !== 'object') {
      chain.push({ name: 'Error', message: String(e) });
      break;
    }
    const { name, message } = e as { name?: unknown; message?: unknown };
    chain.push({ name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : '' });
    e = (e as { inner?: unknown }).inner;
  }
  const root = chain[chain.length - 1];
  if (!root) return 'unknown error';
  // Dexie repeats the inner error in its own message; the root's own words are the clearest.
  const firstLine = root.message.split('\n')[0]!.trim();
  const text = firstLine ? `${root.name}: ${firstLine}` : root.name;
  const outer = chain[0]!.name;
  return chain.length > 1 && outer !== root.name ? `${text} (${outer})` : text;
}
