/**
 * `{name}`-style placeholders in a reply body. A stop-gap until lib/engine/suggest/placeholders.ts
 * lands (being written alongside); the panel only needs these two functions.
 */
const PLACEHOLDER = /\{([\p{L}\p{N}_.-]{1,40})\}/gu;

/** Distinct placeholder names in order of first appearance. */
export function findPlaceholders(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(PLACEHOLDER), (m) => m[1]!))];
}

/** Replaces each placeholder that has a non-blank value; the others stay visible as `{name}`. */
export function fillPlaceholders(body: string, values: Record<string, string>): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name]?.trim();
    return value ? value : whole;
  });
}
