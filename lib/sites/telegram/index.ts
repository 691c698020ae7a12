import { defineSite } from '../shared/surface';
import { telegramWebA } from './web-a';
import { telegramWebK } from './web-k';

/** Telegram Web K (`/k/`) and Web A (`/a/`). */
export const telegramAdapter = defineSite({
  id: 'telegram',
  matches: (url) => url.hostname === 'web.telegram.org',
  surfaces: [telegramWebK, telegramWebA],
});
