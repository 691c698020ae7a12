/**
 * `{name}`-style slots in a reply body: a name of letters, digits, "_", "." or "-" (Cyrillic
 * included: {имя}). Anything else in braces — JSON, a smiley "{:" — is plain text.
 */
const PLACEHOLDER = /\{([\p{L}\p{N}_.-]{1,60})\}/gu;

/** Placeholder names in order of first appearance, each once. */
export function findPlaceholders(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/**
 * Fills the placeholders that have a non-blank value; the others stay in the text as written
 * (for the user to fill) and are listed in `missing`, once each, in order.
 */
export function fillPlaceholders(body: string, values: Record<string, string>): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined || !value.trim()) {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text, missing: [...missing] };
}
