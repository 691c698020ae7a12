import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { cancelFilling, insertFilled, setFieldValue, unfilledFields } from './insert-actions';
import { useT } from '../i18n';
import { splitByPlaceholders } from './preview-parts';
import type { Filling } from './store';
import type { OverlayKey } from '../../../lib/i18n/overlay';

/** Friendly labels for the placeholders every pack uses; others show their own name. */
const KNOWN_FIELDS: Record<string, OverlayKey> = { name: 'placeholderName', order: 'placeholderOrder' };

interface Props {
  filling: Filling;
  /** Escape or Cancel: back to the suggestion that was chosen. */
  onCancel: () => void;
}

/**
 * Asks for each `{placeholder}` before inserting. Insert stays disabled until every field has a
 * value; inserting with gaps is a separate, explicit button, and the preview marks the gaps.
 */
export function PlaceholderForm({ filling, onCancel }: Props) {
  const t = useT();
  const firstField = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const missing = unfilledFields(filling);
  // The pack's own label for a placeholder, else a known one, else its name (text, never HTML).
  const fieldLabel = (field: string) =>
    filling.reply.placeholders?.[field]?.label || (KNOWN_FIELDS[field] ? t(KNOWN_FIELDS[field]) : field);

  // A layout effect: the field has focus before the next keystroke is handled (passive effects may
  // run after a paint, and a letter typed right after Enter would go to the list and be lost).
  useLayoutEffect(() => firstField.current?.focus(), [filling.reply]);

  const cancel = () => {
    cancelFilling();
    onCancel();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };
  const onFieldEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (missing.length === 0) return void insertFilled();
    // Not yet: go to the next empty field rather than inserting a gap silently.
    const next = form.current?.querySelector<HTMLInputElement>(`input[data-field="${CSS.escape(missing[0]!)}"]`);
    next?.focus();
  };

  return (
    <form
      ref={form}
      className="fill"
      data-testid="trustops-fill-form"
      aria-labelledby="trustops-fill-title"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (missing.length === 0) void insertFilled();
      }}
    >
      <div className="fill-title" id="trustops-fill-title">{t('fillTitle')}</div>
      <div className="fill-reply">{filling.reply.title}</div>
      {filling.fields.map((field, index) => {
        const label = fieldLabel(field);
        const source = filling.prefilled[field];
        const value = filling.values[field] ?? '';
        return (
          <div className="field" key={field}>
            <label className="field-label" htmlFor={`trustops-field-${index}`}>
              <span>{label}</span>
              <span className="field-code">{`{${field}}`}</span>
            </label>
            <input
              id={`trustops-field-${index}`}
              ref={index === 0 ? firstField : undefined}
              data-field={field}
              value={value}
              maxLength={500}
              autoComplete="off"
              aria-describedby={source ? `trustops-field-source-${index}` : undefined}
              onChange={(event) => setFieldValue(field, event.target.value)}
              onKeyDown={onFieldEnter}
            />
            {source && (
              <div className="fill-hint" id={`trustops-field-source-${index}`} data-testid="trustops-fill-source" data-field={field}>
                {t(source === 'adapter' ? 'prefilledFromSite' : 'prefilledFromMessage')}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('clearFieldLabel', { field: label })}
                  onClick={() => {
                    setFieldValue(field, '');
                    form.current?.querySelector<HTMLInputElement>(`input[data-field="${CSS.escape(field)}"]`)?.focus();
                  }}
                >
                  {t('clearField')}
                </button>
              </div>
            )}
          </div>
        );
      })}
      <div className="preview-label">{t('preview')}</div>
      <p className="preview" data-testid="trustops-fill-preview">
        <FilledPreview body={filling.reply.body} fields={filling.fields} values={filling.values} />
      </p>
      <div className="fill-actions">
        <button type="submit" className="button primary" data-testid="trustops-fill-insert" disabled={missing.length > 0}>{t('insert')}</button>
        <button type="button" className="button" onClick={cancel}>{t('cancel')}</button>
      </div>
      {missing.length > 0 && (
        <button type="button" className="link-button" data-testid="trustops-fill-gaps" onClick={() => void insertFilled()}>
          {t('insertWithGaps', { fields: missing.map((f) => `{${f}}`).join(', ') })}
        </button>
      )}
      <div className="fill-hint">{t('fillHint')}</div>
    </form>
  );
}

/** The body with values filled in; placeholders still empty are marked. Text nodes only. */
function FilledPreview({ body, fields, values }: { body: string; fields: string[]; values: Record<string, string> }) {
  return (
    <>
      {splitByPlaceholders(body, fields).map((part, index) => {
        if ('text' in part) return part.text;
        const value = values[part.placeholder]?.trim();
        return value ? <strong key={index}>{value}</strong> : <mark key={index}>{`{${part.placeholder}}`}</mark>;
      })}
    </>
  );
}
