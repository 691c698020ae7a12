import { useId } from 'react';
import type { Weekday } from '../../../lib/schema/policy';
import { t } from '../i18n';
import { nextInterval } from './intervals';
import { weekdayName } from './labels';
import type { IntervalForm } from './policy-form';

interface DayHoursRowProps {
  day: Weekday;
  intervals: IntervalForm[];
  /** The error to show for the day as a whole (overlaps) and per interval, already filtered for display. */
  dayError?: string;
  intervalError: (index: number) => string | undefined;
  onChange: (intervals: IntervalForm[]) => void;
  /** The user left a time field: its errors may show now. */
  onTouched: (index: number) => void;
}

/** One weekday: its intervals as "HH:mm – HH:mm" text pairs; none = a day off. */
export function DayHoursRow({ day, intervals, dayError, intervalError, onChange, onTouched }: DayHoursRowProps) {
  const id = useId();
  const name = weekdayName(day);
  const dayErrorId = `${id}-day-error`;
  const set = (index: number, patch: Partial<IntervalForm>) =>
    onChange(intervals.map((interval, i) => (i === index ? { ...interval, ...patch } : interval)));

  return (
    <div className="sla-day" role="group" aria-labelledby={`${id}-name`} data-testid={`sla-day-${day}`}>
      <span id={`${id}-name`} className="sla-day-name">
        {name}
      </span>
      <div className="sla-intervals">
        {intervals.length === 0 && <span className="sla-day-off">{t('slaDayOff')}</span>}
        {intervals.map((interval, index) => {
          const error = intervalError(index);
          const errorId = `${id}-error-${index}`;
          const n = index + 1;
          // An overlap is the day's error, but it is about these fields too.
          const invalid = !!error || !!dayError;
          const describedBy = [error ? errorId : '', dayError ? dayErrorId : ''].filter(Boolean).join(' ') || undefined;
          return (
            <div key={index} className="sla-interval">
              <div className="sla-interval-inputs">
                <input
                  className="sla-time"
                  value={interval.start}
                  inputMode="numeric"
                  placeholder="09:00"
                  maxLength={5}
                  aria-label={t('slaIntervalStart', { day: name, n })}
                  aria-invalid={invalid}
                  aria-describedby={describedBy}
                  onChange={(event) => set(index, { start: event.target.value })}
                  onBlur={() => onTouched(index)}
                />
                <span aria-hidden="true">–</span>
                <input
                  className="sla-time"
                  value={interval.end}
                  inputMode="numeric"
                  placeholder="18:00"
                  maxLength={5}
                  aria-label={t('slaIntervalEnd', { day: name, n })}
                  aria-invalid={invalid}
                  aria-describedby={describedBy}
                  onChange={(event) => set(index, { end: event.target.value })}
                  onBlur={() => onTouched(index)}
                />
                <button
                  type="button"
                  className="button button-small button-quiet-danger"
                  aria-label={t('slaIntervalRemove', { day: name, n })}
                  onClick={() => onChange(intervals.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </div>
              {error && (
                <p id={errorId} className="field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <button
          type="button"
          className="link-button sla-add-interval"
          aria-label={t('slaIntervalAddNamed', { day: name })}
          onClick={() => onChange([...intervals, nextInterval(intervals)])}
        >
          + {t('slaIntervalAdd')}
        </button>
        {dayError && (
          <p id={dayErrorId} className="field-error sla-day-error">
            {dayError}
          </p>
        )}
      </div>
    </div>
  );
}
