import browser from 'webextension-polyfill';
import { request } from '../../../lib/messaging/client';
import { isPublicKeyText } from '../../../lib/pack/signature';
import type { SubscriptionCheckReport } from '../../../lib/schema/messages';
import { SubscriptionUrlSchema } from '../../../lib/schema/subscription';
import { t } from '../i18n';
import { showToast } from '../ui/toast-store';

export type SubscribeOutcome =
  | { ok: true; report: SubscriptionCheckReport; permission: boolean }
  | { ok: false; error: string };

/**
 * Subscribes to a pack URL. The origin's host permission is asked for first, in the click's user
 * gesture (optional permissions): hosts that allow any origin (CORS) work without it, so a refusal
 * is noted but the subscription is still tried.
 */
export async function subscribe(rawUrl: string, publicKey: string): Promise<SubscribeOutcome> {
  const parsed = SubscriptionUrlSchema.safeParse(rawUrl);
  if (!parsed.success) return { ok: false, error: t('subscribeBadUrl') };
  // A mistyped key would only refuse every update later; say so now.
  const key = publicKey.trim();
  if (key && !isPublicKeyText(key)) return { ok: false, error: t('subscribeBadKey') };
  const origin = `${new URL(parsed.data).origin}/*`;
  const permission = await browser.permissions.request({ origins: [origin] }).catch(() => false);
  try {
    const report = await request({ type: 'subscription.add', url: parsed.data, publicKey: key || undefined });
    return { ok: true, report, permission };
  } catch (error) {
    return { ok: false, error: String(error instanceof Error ? error.message : error) };
  }
}

export async function refreshSubscription(url: string): Promise<SubscriptionCheckReport | undefined> {
  const { reports } = await request({ type: 'subscription.refresh', url });
  return reports[0];
}

/** Unsubscribes; the toast's Undo brings the subscription and its pack back. */
export async function unsubscribe(url: string): Promise<void> {
  const { removed } = await request({ type: 'subscription.remove', url });
  if (!removed) return;
  showToast({
    message: t('unsubscribed', { name: removed.record.name ?? url }),
    action: { label: t('undo'), run: () => request({ type: 'subscription.restore', record: removed.record, pack: removed.pack }) },
  });
}

/** Review before apply, for one subscription. */
export async function setReview(url: string, review: boolean): Promise<void> {
  await request({ type: 'subscription.setReview', url, review });
}

/** Applies (or skips) the version waiting for review. */
export async function decidePending(url: string, apply: boolean): Promise<void> {
  await request({ type: 'subscription.decide', url, apply });
}
