/**
 * A tag-like run such as `<b>`, `</div>` or `<img src=x onerror=alert(1)>`. Text like "a < b" or
 * "<3" is not markup. Detection only warns: replies are always inserted as plain text.
 */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

export function containsHtmlMarkup(text: string): boolean {
  return TAG.test(text);
}
