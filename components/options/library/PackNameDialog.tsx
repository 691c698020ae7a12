import { useState } from 'react';
import { t } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';

interface PackNameDialogProps {
  title: string;
  submitLabel: string;
  initialName?: string;
  onSubmit: (name: string) => void;
  onClose: () => void;
}

/** Asks for a pack name (create or rename). */
export function PackNameDialog({ title, submitLabel, initialName = '', onSubmit, onClose }: PackNameDialogProps) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string>();
  const formId = 'pack-name-form';
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" form={formId} className="button button-primary">
            {submitLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return setError(t('packNameEmpty'));
          onSubmit(name);
          onClose();
        }}
      >
        <Field label={t('packNameLabel')} error={error}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              autoFocus
              maxLength={300}
              value={name}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
