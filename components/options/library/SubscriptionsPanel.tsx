import { useEffect, useState } from 'react';
import { watchChanges } from '../../../lib/storage/broadcast';
import { listSubscriptions } from '../../../lib/storage/subscriptions';
import { keyIdOf } from '../../../lib/pack/signature';
import type { SubscriptionChange, SubscriptionFailure, SubscriptionRecord } from '../../../lib/schema/subscription';
import { lang, t } from '../i18n';
import type { OptionsKey } from '../../../lib/i18n/options';
import { decidePending, refreshSubscription, setReview, subscribe, unsubscribe } from './subscription-actions';

const FAILURE_TEXT = {
  network: 'subFailNetwork',
  timeout: 'subFailTimeout',
  http: 'subFailHttp',
  'too-large': 'subFailTooLarge',
  'invalid-json': 'subFailJson',
  'invalid-pack': 'subFailPack',
  signature: 'subFailSignature',
} as const;

const when = (iso: string | undefined) =>
  iso ? new Date(iso).toLocaleString(lang, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '—';

/**
 * Team packs by URL: subscribe (the origin's permission asked for on the click), each
 * subscription's state in plain words — when it was checked, why the last check kept the previous
 * version, what the last version changed — with refresh and unsubscribe (undoable).
 */
export function SubscriptionsPanel() {
  const [rows, setRows] = useState<SubscriptionRecord[]>([]);
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    const load = () => void listSubscriptions().then(setRows, () => setRows([]));
    load();
    return watchChanges((topic) => {
      if (topic === 'library') load();
    });
  }, []);

  const onSubscribe = async () => {
    setBusy(true);
    setMessage(null);
    const outcome = await subscribe(url, publicKey);
    setBusy(false);
    if (!outcome.ok) return setMessage({ kind: 'error', text: outcome.error });
    const { report } = outcome;
    if (report.outcome === 'kept-previous' && report.failure)
      setMessage({ kind: 'error', text: t('subscribedButFailed', { reason: failureText(report.failure) }) });
    else {
      setMessage({ kind: 'ok', text: t('subscribedOk', { name: report.record.name ?? report.url }) });
      setUrl('');
      setPublicKey('');
    }
  };

  return (
    <section className="card subscriptions" aria-labelledby="subscriptions-title">
      <h2 id="subscriptions-title">{t('subscriptionsTitle')}</h2>
      <p className="subscriptions-lead">{t('subscriptionsLead')}</p>
      <form
        className="subscribe-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubscribe();
        }}
      >
        <label>
          <span>{t('subscribeUrl')}</span>
          <input
            type="url"
            required
            value={url}
            placeholder="https://team.example/trustops/pack.json"
            data-testid="trustops-subscribe-url"
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <label>
          <span>{t('subscribeKey')}</span>
          <input
            type="text"
            value={publicKey}
            placeholder={t('subscribeKeyPlaceholder')}
            data-testid="trustops-subscribe-key"
            onChange={(event) => setPublicKey(event.target.value)}
            spellCheck={false}
            autoComplete="off"
          />
        </label>
        <button type="submit" className="button button-primary" disabled={busy || !url.trim()} data-testid="trustops-subscribe">
          {busy ? t('subscribing') : t('subscribe')}
        </button>
      </form>
      {message && (
        <p className={message.kind === 'ok' ? 'import-done' : 'import-result import-failed'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('subscriptionsEmpty')}</p>
      ) : (
        <ul className="subscription-list">
          {rows.map((row) => (
            <SubscriptionRow key={row.url} row={row} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SubscriptionRow({ row }: { row: SubscriptionRecord }) {
  const [busy, setBusy] = useState(false);
  const [review, setReviewShown] = useState(row.review ?? false);
  useEffect(() => setReviewShown(row.review ?? false), [row.review]);
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <li className="subscription" data-testid="trustops-subscription" data-url={row.url} data-state={row.lastError ? 'warning' : 'ok'}>
      <div className="subscription-head">
        <strong>{row.name ?? t('subscriptionNoVersion')}</strong>
        {row.origin === 'policy' && <span className="badge">{t('managedBadge')}</span>}
        {row.publicKey && (
          <span className="badge" data-testid="trustops-subscription-pinned" title={row.publicKey}>
            {t('subscriptionPinned', { key: keyIdOf(row.publicKey) })}
          </span>
        )}
      </div>
      <div className="subscription-url">{row.url}</div>
      <div className="subscription-status">
        {t('subscriptionChecked', { checked: when(row.lastCheckedAt), success: when(row.lastSuccessAt) })}
      </div>
      {row.lastError && (
        <p className="subscription-warning" role="alert" data-testid="trustops-subscription-warning">
          {t(row.packId ? 'subscriptionKeptPrevious' : 'subscriptionNothingYet', { reason: failureText(row.lastError) })}
        </p>
      )}
      {row.applies?.length ? (
        <p className="subscription-status" data-testid="trustops-subscription-applies">
          {t(row.applies.length === 2 ? 'subscriptionAppliesBoth' : row.applies[0] === 'profile' ? 'subscriptionAppliesProfile' : 'subscriptionAppliesSla')}
        </p>
      ) : null}
      {row.pending ? (
        <div className="subscription-pending" data-testid="trustops-subscription-pending" role="status">
          <p>{t('subscriptionPending')}</p>
          <ChangeSummary change={row.pending.change} open />
          <div className="subscription-actions">
            <button type="button" className="button button-small button-primary" disabled={busy} data-testid="trustops-subscription-apply" onClick={() => run(() => decidePending(row.url, true))}>
              {t('subscriptionApply')}
            </button>
            <button type="button" className="button button-small" disabled={busy} data-testid="trustops-subscription-skip" onClick={() => run(() => decidePending(row.url, false))}>
              {t('subscriptionSkip')}
            </button>
          </div>
        </div>
      ) : (
        row.lastChange && <ChangeSummary change={row.lastChange} />
      )}
      <label className="subscription-review">
        <input
          type="checkbox"
          checked={review}
          disabled={busy}
          data-testid="trustops-subscription-review"
          onChange={(event) => {
            const next = event.target.checked;
            setReviewShown(next); // at once; the stored value follows
            run(() => setReview(row.url, next));
          }}
        />{' '}
        {t('subscriptionReview')}
      </label>
      <div className="subscription-actions">
        <button type="button" className="button button-small" disabled={busy} data-testid="trustops-subscription-refresh" onClick={() => run(() => refreshSubscription(row.url))}>
          {t('subscriptionRefresh')}
        </button>
        {row.origin !== 'policy' && (
          <button type="button" className="button button-small button-quiet-danger" disabled={busy} data-testid="trustops-subscription-remove" onClick={() => run(() => unsubscribe(row.url))}>
            {t('unsubscribe')}
          </button>
        )}
      </div>
    </li>
  );
}

function ChangeSummary({ change, open = false }: { change: SubscriptionChange; open?: boolean }) {
  const added = [...change.replies.added, ...change.rules.added];
  const changed = [...change.replies.changed, ...change.rules.changed];
  const removed = [...change.replies.removed, ...change.rules.removed];
  const lines: [string, { id: string; title: string }[]][] = [
    [t('changeAdded'), added],
    [t('changeChanged'), changed],
    [t('changeRemoved'), removed],
  ];
  const total = lines.reduce((sum, [, items]) => sum + items.length, 0);
  return (
    <details className="subscription-change" data-testid="trustops-subscription-change" open={open}>
      <summary>
        {change.first
          ? t('changeFirst', { when: when(change.at), n: String(change.replies.added.length) })
          : total === 0
            ? t('changeNone', { when: when(change.at) })
            : t('changeSummary', {
                when: when(change.at),
                added: String(added.length),
                changed: String(changed.length),
                removed: String(removed.length),
              })}
      </summary>
      {lines.map(([label, items]) =>
        items.length ? (
          <div key={label} className="change-group">
            <span>{label}:</span> {items.map((item) => item.title).join(', ')}
          </div>
        ) : null,
      )}
    </details>
  );
}

/** What was wrong with a refused signature, in words (lib/pack/signature.ts names it by a code). */
const SIGNATURE_DETAIL: Record<string, OptionsKey> = {
  unsigned: 'sigUnsigned',
  mismatch: 'sigMismatch',
  'bad-key': 'sigBadKey',
  malformed: 'sigMalformed',
};

function failureText(failure: Pick<SubscriptionFailure, 'code' | 'detail'>): string {
  const detailKey = failure.code === 'signature' ? SIGNATURE_DETAIL[failure.detail] : undefined;
  return t(FAILURE_TEXT[failure.code], { detail: detailKey ? t(detailKey) : failure.detail });
}
