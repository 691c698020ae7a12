/** `<input type="datetime-local">` speaks local time without a zone: these convert it to and from ISO. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** '' → undefined (no end); an unreadable value → null; else the instant as ISO. */
export function fromLocalInput(value: string): string | undefined | null {
  if (!value.trim()) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** One contact per line, blank lines dropped, at most 20 of at most 200 characters (the schema's bounds). */
export function parseContacts(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().slice(0, 200))
    .filter(Boolean)
    .slice(0, 20);
}
