/**
 * The canonical JSON text of a value, the bytes a pack signature covers: object keys sorted by
 * UTF-16 code units at every level, no whitespace, strings and numbers as `JSON.stringify` writes
 * them (so the same pack read by any JSON parser gives the same text). `undefined` members are
 * dropped as JSON drops them. Pure.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`not JSON: ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

/** The signed content of a pack: everything but its `signature`. */
export function packSigningText(pack: Record<string, unknown>): string {
  const { signature: _ignored, ...content } = pack;
  return canonicalJson(content);
}
