/** Expands `$&`, `$1`…`$99`, `$<name>` and `$$` in a rule's replacement, like String.replace. */
export function expandReplacement(replacement: string, match: RegExpMatchArray): string {
  if (!replacement.includes('$')) return replacement;
  return replacement.replace(/\$(\$|&|\d{1,2}|<([^>]+)>)/g, (whole, token: string, name?: string) => {
    if (token === '$') return '$';
    if (token === '&') return match[0];
    if (name !== undefined) return match.groups?.[name] ?? '';
    const group = Number(token);
    return group < match.length ? (match[group] ?? '') : whole;
  });
}
