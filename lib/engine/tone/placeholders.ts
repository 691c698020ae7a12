/** Spans of unfilled template placeholders: `{name}`, `{{order}}`, `[Имя клиента]`, `<name>`, `%NAME%`, `ДД.ММ`. */
export interface PlaceholderSpan {
  start: number;
  end: number;
}

// Words that make bracketed text a slot to fill rather than prose ("[1]", "[sic]" are not).
const SLOT_WORDS = new RegExp(
  [
    'имя|имени|фамил|клиент|покупател|номер|дат[аыу]|адрес|сумм|назван|компан|менеджер|оператор|сотрудник',
    'ссылк|телефон|город|должност|подпис|время|текст|вставь|укаж',
    'name|client|customer|company|number|date|address|amount|your|insert|link|order|phone|product|city',
    'signature|agent|e-?mail|placeholder|text|time',
  ].join('|'),
  'iu',
);

const CURLY = /\{\{?[^{}\n]{1,60}\}\}?/g;
/** Inside a slot: a name or label, not code («{ return x; }», "{a: 1}") or a JSON object. */
const CURLY_SLOT = /^\{\{?\s*[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,40}\s*\}\}?$/u;
const SQUARE = /\[([^[\]\n]{2,60})\](?!\()/g;
const ANGLE = /<([^<>\n]{2,40})>/g;
const PERCENT = /%[\p{L}_]{2,30}%/gu;
/** "%D0%B0…" in a URL: percent-escapes, two hex digits each, never a slot. */
const PERCENT_ESCAPE = /^%[0-9A-F]{2}%$/i;
/** Date masks left for the operator: ДД.ММ, ДД.ММ.ГГГГ, DD/MM/YYYY. */
const DATE_MASK = /(?<![\p{L}\p{N}])(?:ДД|DD)[./-](?:ММ|MM)(?:[./-](?:ГГГГ|ГГ|YYYY|YY))?(?![\p{L}\p{N}])/gu;
const BLANKS = /(?<![\p{L}\p{N}])(?:[XХ]{3,}|_{3,})(?![\p{L}\p{N}])/gu;

/** Placeholders of a text; `links` (URLs, e-mails) are never searched: their braces and escapes are the address's. */
export function findPlaceholders(text: string, links: readonly PlaceholderSpan[] = []): PlaceholderSpan[] {
  const spans: PlaceholderSpan[] = [];
  const add = (start: number, end: number) => {
    if (!links.some((link) => link.start < end && start < link.end)) spans.push({ start, end });
  };
  if (text.includes('{'))
    for (const m of text.matchAll(CURLY)) if (CURLY_SLOT.test(m[0])) add(m.index, m.index + m[0].length);
  if (text.includes('['))
    for (const m of text.matchAll(SQUARE)) if (isSlot(m[1]!)) add(m.index, m.index + m[0].length);
  if (text.includes('<'))
    for (const m of text.matchAll(ANGLE)) if (SLOT_WORDS.test(m[1]!)) add(m.index, m.index + m[0].length);
  if (text.includes('%'))
    for (const m of text.matchAll(PERCENT)) if (!PERCENT_ESCAPE.test(m[0])) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(DATE_MASK)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(BLANKS)) add(m.index, m.index + m[0].length);
  return spans.sort((a, b) => a.start - b.start);
}

function isSlot(inner: string): boolean {
  if (SLOT_WORDS.test(inner)) return true;
  // "[NAME]", "[FIRST_NAME]", "[ИМЯ]": a capitals-only label is a template slot; "[ЦП SRE]" (two
  // abbreviations) or "[1]" are prose.
  if (!/^[\p{L}_]+$/u.test(inner.trim())) return false;
  const letters = inner.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
