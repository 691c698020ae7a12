import { useId, useMemo, useState } from 'react';
import { lang, t } from '../i18n';
import { parseDateText } from '../ui/date-text';
import { DateTextInput, dateProblem } from '../ui/DateTextInput';
import { calendarDateLabel } from './labels';

interface DateListEditorProps {
  title: string;
  hint: string;
  /** Label of the date field, e.g. «Новый праздник». */
  addLabel: string;
  dates: string[];
  /** The error for one date (key `holidays.<date>` in the form's errors), if any. */
  errorFor: (date: string) => string | undefined;
  onChange: (dates: string[]) => void;
  testId: string;
}

/**
 * Editable list of calendar dates, grouped by year; a date is typed in the page's format
 * (дд.мм.гггг / YYYY-MM-DD) or picked in the calendar, and stored as YYYY-MM-DD.
 */
export function DateListEditor({ title, hint, addLabel, dates, errorFor, onChange, testId }: DateListEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState('');
  const byYear = useMemo(() => {
    const groups = new Map<string, string[]>();
    for (const date of [...new Set(dates)].sort()) {
      const year = date.slice(0, 4);
      groups.set(year, [...(groups.get(year) ?? []), date]);
    }
    return [...groups];
  }, [dates]);

  const add = () => {
    const parsed = parseDateText(draft, lang);
    if (!parsed.ok) return setDraftError(dateProblem(parsed, draft));
    if (dates.includes(parsed.iso)) return setDraftError(t('slaDateTaken', { date: calendarDateLabel(parsed.iso) }));
    onChange([...dates, parsed.iso]);
    setDraft('');
    setDraftError('');
  };

  return (
    <section className="sla-dates" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h3 id={`${id}-title`} className="sla-subtitle">
        {title} <span className="card-meta">({dates.length})</span>
      </h3>
      <p className="field-hint">{hint}</p>
      <div className="sla-date-add">
        <DateTextInput
          ariaLabel={addLabel}
          text={draft}
          invalid={!!draftError}
          describedBy={draftError ? `${id}-draft-error` : undefined}
          onText={(text) => {
            setDraft(text);
            setDraftError('');
          }}
          onEnter={add}
        />
        <button type="button" className="button" onClick={add}>
          {t('slaDateAdd')}
        </button>
      </div>
      {draftError && (
        <p id={`${id}-draft-error`} className="field-error">
          {draftError}
        </p>
      )}
      {dates.length === 0 && <p className="sla-dates-empty">{t('slaDatesEmpty')}</p>}
      {byYear.map(([year, list]) => (
        <div key={year} className="sla-year">
          <h4 className="sla-year-title">{year}</h4>
          <ul className="sla-date-list">
            {list.map((date) => {
              const error = errorFor(date);
              const label = calendarDateLabel(date);
              return (
                <li key={date} className={error ? 'sla-date sla-date-invalid' : 'sla-date'} data-date={date}>
                  <span title={date}>{calendarDateLabel(date, false)}</span>
                  <button
                    type="button"
                    className="sla-date-remove"
                    aria-label={t('slaDateRemove', { date: label })}
                    onClick={() => onChange(dates.filter((d) => d !== date))}
                  >
                    ×
                  </button>
                  {error && <span className="sla-date-error">{error}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
