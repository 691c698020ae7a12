import { defineSite } from '../shared/surface';
import { telegramWebA } from './web-a';
import { telegramWebK } from './web-k';
import { catalogClaims } from '../site-claim';

/** Telegram Web K (`/k/`) and Web A (`/a/`). */
export const telegramAdapter = defineSite({
  id: 'telegram',
  matches: (url) => catalogClaims('telegram', url),
  surfaces: [telegramWebK, telegramWebA],
});
