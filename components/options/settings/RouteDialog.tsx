import { useState } from 'react';
import type { EscalationRoute } from '../../../lib/schema/settings';
import { t } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';

interface RouteDialogProps {
  route?: EscalationRoute;
  onSubmit: (fields: { name: string; contact: string }) => void;
  onClose: () => void;
}

/** Adds or edits an escalation route: who takes the thread and how to reach them. */
export function RouteDialog({ route, onSubmit, onClose }: RouteDialogProps) {
  const [name, setName] = useState(route?.name ?? '');
  const [contact, setContact] = useState(route?.contact ?? '');
  const [error, setError] = useState<string>();
  const formId = 'route-form';
  return (
    <Dialog
      title={route ? t('routeEditTitle') : t('routeAddTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" form={formId} className="button button-primary">
            {t('save')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="reply-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return setError(t('routeNameEmpty'));
          onSubmit({ name: name.trim(), contact: contact.trim() });
          onClose();
        }}
      >
        <Field label={t('routeName')} hint={t('routeNameHint')} error={error}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              autoFocus
              maxLength={200}
              value={name}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => {
                setName(event.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <Field label={t('routeContact')} hint={t('routeContactHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              maxLength={500}
              value={contact}
              aria-describedby={describedBy}
              onChange={(event) => setContact(event.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
