import { notifications as en } from './locales/en/notifications';
import { notifications as ru } from './locales/ru/notifications';
import type { Lang } from './lang';
import { createTranslator, type Translate } from './translate';

export type NotificationsKey = keyof typeof ru;

export function notificationsTranslator(lang: Lang): Translate<NotificationsKey> {
  return createTranslator({ ru, en }, lang);
}
