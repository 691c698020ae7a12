import { useState } from 'react';
import { defaultRevision } from '../../../lib/engine/pack/edition';
import type { PackRecord } from '../../../lib/schema/storage';
import { t } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { downloadPackReadyToHost } from './export';

/**
 * "Publish": the pack as a file ready to host — a revision label, `updatedAt` now, optionally the
 * lead's brand profile and SLA policy. Signing is the CLI's (the private key never enters the
 * browser); the hint says how.
 */
export function PublishPackDialog({ pack, onClose }: { pack: PackRecord; onClose: () => void }) {
  const [revision, setRevision] = useState(() => defaultRevision(new Date()));
  const [withProfile, setWithProfile] = useState(false);
  const [withSlaPolicy, setWithSlaPolicy] = useState(false);
  const [busy, setBusy] = useState(false);
  const formId = 'publish-pack-form';
  return (
    <Dialog
      title={t('publishTitle', { name: pack.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" form={formId} className="button button-primary" disabled={busy} data-testid="trustops-publish-download">
            {t('publishDownload')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="publish-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void downloadPackReadyToHost(pack.id, { revision, withProfile, withSlaPolicy }).then((done) => {
            setBusy(false);
            if (done) onClose();
          });
        }}
      >
        <Field label={t('publishRevision')} hint={t('publishRevisionHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              autoFocus
              maxLength={100}
              value={revision}
              aria-describedby={describedBy}
              data-testid="trustops-publish-revision"
              onChange={(event) => setRevision(event.target.value)}
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={withProfile} data-testid="trustops-publish-profile" onChange={(event) => setWithProfile(event.target.checked)} />
          {t('publishWithProfile')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={withSlaPolicy} data-testid="trustops-publish-sla" onChange={(event) => setWithSlaPolicy(event.target.checked)} />
          {t('publishWithSla')}
        </label>
        <p className="field-hint publish-sign-hint">
          {t('publishSignHint')} <code>npm run -s cli -- pack sign {pack.id}.json --key team-key.json &gt; pack.json</code>
        </p>
      </form>
    </Dialog>
  );
}
