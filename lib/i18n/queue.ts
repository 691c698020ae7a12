import { queue as en } from './locales/en/queue';
import { queue as ru } from './locales/ru/queue';
import { resolveLang, type Lang } from './lang';
import { createTranslator, type Translate } from './translate';

/** Texts of the waiting queue (side panel and the dashboard's "Queue" section): locales/<lang>/queue.ts. */
export type QueueKey = keyof typeof ru;
export type QueueTranslate = Translate<QueueKey>;

export function createQueueTranslator(lang: Lang): QueueTranslate {
  return createTranslator({ ru, en }, lang);
}

/** `?lang=en` in the address wins (tests, screenshots), then the user's setting, then the browser. */
export function queueLang(search: string, setting: string | undefined, browserLanguages: readonly string[]): Lang {
  return resolveLang(new URLSearchParams(search).get('lang') ?? setting, browserLanguages);
}
