import type { OptionsKey } from '../../../lib/i18n/options';
import { lockedKeysOfRefusal, type LockableSetting } from '../../../lib/schema/managed';
import { t } from '../i18n';

// Settings with a name people recognise; the rest are shown by their key (as in the policy file).
const LABEL: Partial<Record<LockableSetting, OptionsKey>> = {
  toneExceptions: 'syncKeyExceptions',
  profile: 'syncKeyProfile',
  escalationRoutes: 'syncKeyRoutes',
  slaPolicy: 'syncKeySla',
  notifications: 'settingsNotifications',
};

/** The background's "locked" refusal in the dashboard's language; undefined for any other error. */
export function lockedRefusalText(error: string): string | undefined {
  const keys = lockedKeysOfRefusal(error);
  if (!keys) return undefined;
  return t('managedRefused', { what: keys.map((key) => (LABEL[key] ? t(LABEL[key]) : key)).join(', ') });
}
