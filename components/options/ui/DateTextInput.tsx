import { useRef } from 'react';
import { lang, t } from '../i18n';
import { dateFormatHint, formatDateText, parseDateText, type DateParse } from './date-text';

interface DateTextInputProps {
  /** What the user typed, in the page's format (дд.мм.гггг / YYYY-MM-DD). */
  text: string;
  onText: (text: string) => void;
  id?: string;
  ariaLabel?: string;
  describedBy?: string;
  invalid?: boolean;
  onEnter?: () => void;
}

/**
 * A date typed in the interface language's format, with a button that opens the browser's
 * calendar (its choice is written back in the same format). Parse with `parseDateText`.
 */
export function DateTextInput({ text, onText, id, ariaLabel, describedBy, invalid, onEnter }: DateTextInputProps) {
  const picker = useRef<HTMLInputElement>(null);
  const parsed = parseDateText(text, lang);
  return (
    <span className="date-text">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        lang={lang}
        className="date-text-input"
        placeholder={dateFormatHint(lang)}
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(event) => onText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && onEnter) {
            event.preventDefault();
            onEnter();
          }
        }}
      />
      <button
        type="button"
        className="date-text-pick"
        aria-label={t('datePick')}
        title={t('datePick')}
        onClick={() => {
          try {
            picker.current?.showPicker();
          } catch {
            picker.current?.focus();
          }
        }}
      >
        ▦
      </button>
      <input
        ref={picker}
        type="date"
        className="date-text-native"
        tabIndex={-1}
        aria-hidden="true"
        value={parsed.ok ? parsed.iso : ''}
        onChange={(event) => event.target.value && onText(formatDateText(event.target.value, lang))}
      />
    </span>
  );
}

/** The message for a date that did not parse, in the page language. */
export function dateProblem(result: Exclude<DateParse, { ok: true }>, text: string): string {
  if (result.reason === 'empty') return t('slaDateEmpty');
  if (result.reason === 'no-such-day') return t('dateNoSuchDay', { value: text.trim() });
  return t('dateInvalid', { value: text.trim(), example: formatDateText('2026-12-31', lang) });
}
