import { useId } from 'react';
import { WEEKDAYS, type Weekday } from '../../../lib/schema/policy';
import { t } from '../i18n';
import { DayHoursRow } from './DayHoursRow';
import type { IntervalForm, PolicyForm } from './policy-form';

const WORKDAYS: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri'];

interface WeekHoursEditorProps {
  alwaysOpen: boolean;
  days: PolicyForm['days'];
  /** Returns the error for a key (`hours`, `hours.mon`, `hours.mon.0`) if it is to be shown now. */
  errorFor: (key: string) => string | undefined;
  onAlwaysOpen: (on: boolean) => void;
  onDays: (days: PolicyForm['days']) => void;
  onTouched: (keys: string[]) => void;
}

/** Working hours per weekday, several intervals each (a lunch break = two), or 24/7. */
export function WeekHoursEditor({ alwaysOpen, days, errorFor, onAlwaysOpen, onDays, onTouched }: WeekHoursEditorProps) {
  const switchId = useId();
  const setDay = (day: Weekday, intervals: IntervalForm[]) => onDays({ ...days, [day]: intervals });
  const copyMonday = () => {
    const next = { ...days };
    for (const day of WORKDAYS) next[day] = days.mon.map((interval) => ({ ...interval }));
    onDays(next);
  };
  const weekError = errorFor('hours');

  return (
    <div className="sla-week">
      <div className="sla-week-head">
        <label className="sla-switch-row" htmlFor={switchId}>
          <span className="switch">
            <input id={switchId} type="checkbox" checked={alwaysOpen} onChange={(event) => onAlwaysOpen(event.target.checked)} />
            <span className="switch-track" aria-hidden="true" />
          </span>
          <span>
            <span className="sla-switch-label">{t('slaAlwaysOpen')}</span>
            <span className="field-hint">{t('slaAlwaysOpenHint')}</span>
          </span>
        </label>
        {!alwaysOpen && (
          <button type="button" className="button button-small" onClick={copyMonday}>
            {t('slaCopyMonday')}
          </button>
        )}
      </div>
      {!alwaysOpen && (
        <div className="sla-days">
          {WEEKDAYS.map((day) => (
            <DayHoursRow
              key={day}
              day={day}
              intervals={days[day]}
              dayError={errorFor(`hours.${day}`)}
              intervalError={(index) => errorFor(`hours.${day}.${index}`)}
              onChange={(intervals) => setDay(day, intervals)}
              onTouched={(index) => onTouched(['hours', `hours.${day}`, `hours.${day}.${index}`])}
            />
          ))}
        </div>
      )}
      {weekError && (
        <p className="field-error" role="alert">
          {weekError}
        </p>
      )}
    </div>
  );
}
