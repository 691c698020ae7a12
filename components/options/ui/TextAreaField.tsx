import { Field } from './Field';

interface TextAreaFieldProps {
  label: string;
  hint?: string;
  error?: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line field (Ctrl/Cmd+Enter inside a FormDialog saves the form). */
export function TextAreaField({ label, hint, error, rows, value, onChange }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={rows}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
