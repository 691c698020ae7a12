import { useId, useMemo, useState } from 'react';
import { isCalendarDate } from '../../../lib/schema/policy';
import { t } from '../i18n';
import { calendarDateLabel } from './labels';

interface DateListEditorProps {
  title: string;
  hint: string;
  /** Label of the date picker, e.g. «Новый праздник». */
  addLabel: string;
  dates: string[];
  /** The error for one date (key `holidays.<date>` in the form's errors), if any. */
  errorFor: (date: string) => string | undefined;
  onChange: (dates: string[]) => void;
  testId: string;
}

/** Editable list of calendar dates, grouped by year; dates are added with the browser's date picker. */
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
    if (!draft) return setDraftError(t('slaDateEmpty'));
    if (!isCalendarDate(draft)) return setDraftError(t('slaErrDate', { value: draft }));
    if (dates.includes(draft)) return setDraftError(t('slaDateTaken', { date: calendarDateLabel(draft) }));
    onChange([...dates, draft]);
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
        <input
          type="date"
          aria-label={addLabel}
          value={draft}
          aria-invalid={!!draftError}
          aria-describedby={draftError ? `${id}-draft-error` : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setDraftError('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
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
