import { isCalendarDate } from '../../../lib/schema/policy';
import type { Lang } from '../../../lib/i18n/lang';

/**
 * Dates typed as text in the interface's own format, stored as ISO `YYYY-MM-DD`. Chromium's
 * `<input type=date>` follows the browser's locale, not the page's `lang`, so a Russian page in
 * an en-US browser would ask for mm/dd/yyyy; a text field in the page's format avoids that.
 * Russian: дд.мм.гггг (31.12.2026); English: the unambiguous ISO form (2026-12-31).
 */
export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'format' | 'no-such-day' };

const pad = (n: string | number) => String(n).padStart(2, '0');

/** The placeholder that shows the expected format. */
export const dateFormatHint = (lang: Lang) => (lang === 'ru' ? 'дд.мм.гггг' : 'YYYY-MM-DD');

/** '2026-12-31' → «31.12.2026» / "2026-12-31"; anything else (an empty value) as it is. */
export function formatDateText(iso: string, lang: Lang): string {
  if (!isCalendarDate(iso)) return iso;
  const [year, month, day] = iso.split('-');
  return lang === 'ru' ? `${day}.${month}.${year}` : iso;
}

const DAY_FIRST = /^(\d{1,2})[./\s-](\d{1,2})[./\s-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/;

/**
 * Reads a typed date. Russian takes day.month.year (dots, slashes or dashes); both languages take
 * year-month-day, the form dates are stored and exported in. A date that does not exist
 * (31.02.2026) is refused rather than rolled over.
 */
export function parseDateText(text: string, lang: Lang): DateParse {
  const value = text.trim();
  if (!value) return { ok: false, reason: 'empty' };
  let parts: [string, string, string] | undefined;
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) parts = [yearFirst[1]!, yearFirst[2]!, yearFirst[3]!];
  const dayFirst = lang === 'ru' ? DAY_FIRST.exec(value) : null;
  if (dayFirst) parts = [dayFirst[3]!, dayFirst[2]!, dayFirst[1]!];
  if (!parts) return { ok: false, reason: 'format' };
  const iso = `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}`;
  return isCalendarDate(iso) ? { ok: true, iso } : { ok: false, reason: 'no-such-day' };
}
