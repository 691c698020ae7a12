import { useMemo, useRef, useState } from 'react';
import type { PackRecord, ReplyRecord } from '../../../lib/schema/storage';
import { t } from '../i18n';
import { FormDialog } from '../ui/FormDialog';
import { Field } from '../ui/Field';
import { TextAreaField } from '../ui/TextAreaField';
import { saveReplyTo } from './actions';
import { PlatformChecks } from './PlatformChecks';
import { formOf, newReplyId, validateReplyForm, type FieldErrors, type ReplyForm } from './reply-form';
import { useLibrary } from './store';

const KNOWN_LANGS = ['ru', 'en'];

interface ReplyEditorProps {
  packs: PackRecord[];
  /** The pack to add to (create) or that holds the reply (edit). */
  packId: string | null;
  reply?: ReplyRecord;
  onClose: () => void;
}

/** Create or edit one reply; fields are checked with ReplySchema and errors shown beside them. */
export function ReplyEditor({ packs, packId, reply, onClose }: ReplyEditorProps) {
  const [form, setForm] = useState<ReplyForm>(() => formOf(reply));
  const [targetPack, setTargetPack] = useState(packId ?? packs[0]?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const allReplies = useLibrary((s) => s.replies);
  const takenIds = useMemo(
    () => new Set(allReplies.filter((r) => r.packId === targetPack).map((r) => r.id)),
    [allReplies, targetPack],
  );
  const formId = 'reply-form';
  const formRef = useRef<HTMLFormElement>(null);

  const update = <K extends keyof ReplyForm>(key: K, value: ReplyForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // The error goes once the user touches the field; it comes back on the next submit if still wrong.
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async () => {
    if (saving) return;
    const checked = validateReplyForm(form, reply?.id ?? newReplyId(form.title, takenIds));
    if (!checked.ok) {
      setErrors(checked.errors);
      // Take the keyboard to the first field to fix (after React has marked it invalid).
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    const saved = await saveReplyTo(targetPack, checked.reply);
    setSaving(false);
    if (saved) onClose();
  };

  const hasErrors = Object.values(errors).some(Boolean);
  const langOptions = KNOWN_LANGS.includes(form.lang) || !form.lang ? KNOWN_LANGS : [...KNOWN_LANGS, form.lang];

  return (
    <FormDialog
      title={reply ? t('editorEditTitle') : t('editorCreateTitle')}
      formId={formId}
      formRef={formRef}
      className="reply-form"
      hasErrors={hasErrors}
      saving={saving}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {!reply && packs.length > 1 && (
        <Field label={t('fieldPack')}>
          {({ id }) => (
            <select id={id} value={targetPack} onChange={(event) => setTargetPack(event.target.value)}>
              {packs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('fieldTitle')} error={errors.title}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            autoFocus
            value={form.title}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => update('title', event.target.value)}
          />
        )}
      </Field>
      <TextAreaField label={t('fieldBody')} hint={t('fieldBodyHint')} error={errors.body} rows={6} value={form.body} onChange={(value) => update('body', value)} />
      <div className="form-row">
        <Field label={t('fieldTags')} hint={t('fieldTagsHint')} error={errors.tags}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              value={form.tags}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => update('tags', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('fieldShortcut')} hint={t('fieldShortcutHint')} error={errors.shortcut}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              value={form.shortcut}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => update('shortcut', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('fieldLang')} error={errors.lang}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={form.lang}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => update('lang', event.target.value)}
            >
              <option value="">{t('langAny')}</option>
              {langOptions.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TextAreaField label={t('fieldExamples')} hint={t('fieldExamplesHint')} error={errors.examples} rows={3} value={form.examples} onChange={(value) => update('examples', value)} />
      <PlatformChecks value={form.platforms} error={errors.platforms} onChange={(value) => update('platforms', value)} />
    </FormDialog>
  );
}
