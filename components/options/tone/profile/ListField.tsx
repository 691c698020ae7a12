import { useId } from 'react';

interface ListFieldProps {
  label: string;
  hint?: string;
  value: string;
  /** One message per bad line, shown under the box and read out with it. */
  errors?: readonly string[];
  placeholder?: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

/** A list edited as text, one item per line. */
export function ListField({ label, hint, value, errors = [], placeholder, onChange, onBlur }: ListFieldProps) {
  const id = useId();
  const describedBy = [errors.length ? `${id}-errors` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        rows={4}
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {errors.length > 0 && (
        <ul id={`${id}-errors`} className="field-error field-error-list">
          {errors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
