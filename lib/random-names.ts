/**
 * Names the overlay leaves in the page (its host element, its highlight names) are random per page
 * load in production: a page cannot look for a fixed name to tell that TrustOps is installed.
 */
export function randomWord(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
}

/** A valid custom element name (lowercase letters with a hyphen) that says nothing about us. */
export function neutralElementName(): string {
  return `${randomWord(5)}-${randomWord(6)}`;
}
