/** Spans of unfilled template placeholders: `{name}`, `{{order}}`, `[Имя клиента]`, `<name>`, `%NAME%`. */
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
const SQUARE = /\[([^[\]\n]{2,60})\](?!\()/g;
const ANGLE = /<([^<>\n]{2,40})>/g;
const PERCENT = /%[\p{L}_]{2,30}%/gu;
const BLANKS = /(?<![\p{L}\p{N}])(?:[XХ]{3,}|_{3,})(?![\p{L}\p{N}])/gu;

export function findPlaceholders(text: string): PlaceholderSpan[] {
  const spans: PlaceholderSpan[] = [];
  const add = (start: number, end: number) => spans.push({ start, end });
  if (text.includes('{')) for (const m of text.matchAll(CURLY)) add(m.index, m.index + m[0].length);
  if (text.includes('['))
    for (const m of text.matchAll(SQUARE)) if (isSlot(m[1]!)) add(m.index, m.index + m[0].length);
  if (text.includes('<'))
    for (const m of text.matchAll(ANGLE)) if (SLOT_WORDS.test(m[1]!)) add(m.index, m.index + m[0].length);
  if (text.includes('%')) for (const m of text.matchAll(PERCENT)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(BLANKS)) add(m.index, m.index + m[0].length);
  return spans.sort((a, b) => a.start - b.start);
}

function isSlot(inner: string): boolean {
  if (SLOT_WORDS.test(inner)) return true;
  const letters = inner.replace(/[^\p{L}]/gu, '');
  // "[NAME]", "[ИМЯ]": capitals-only labels are template slots, not prose.
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
