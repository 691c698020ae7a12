import type { ReactNode, RefObject } from 'react';
import { t } from '../i18n';
import { Dialog } from './Dialog';

interface FormDialogProps {
  title: string;
  formId: string;
  formRef: RefObject<HTMLFormElement | null>;
  className: string;
  hasErrors: boolean;
  saving: boolean;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * An editing dialog around one form: Cancel and Save in the footer (Save submits the form, so
 * Enter in a field saves too), and a summary line when fields have errors.
 */
export function FormDialog({ title, formId, formRef, className, hasErrors, saving, onSubmit, onClose, children }: FormDialogProps) {
  return (
    <Dialog
      wide
      title={title}
      onClose={onClose}
      footer={
        <>
          {hasErrors && (
            <p className="form-error" role="alert">
              {t('formHasErrors')}
            </p>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={saving}>
            {t('save')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        ref={formRef}
        className={className}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        // Ctrl/Cmd+Enter saves from multi-line fields, where plain Enter is a new line.
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target instanceof HTMLTextAreaElement) {
            event.preventDefault();
            onSubmit();
          }
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}
