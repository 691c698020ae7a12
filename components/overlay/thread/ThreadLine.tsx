import { useOverlay } from '../useOverlay';
import { useT } from '../i18n';
import { useThread } from './store';

/** Site names as their users know them; VK is «ВКонтакте» in Russian. */
const SITE_NAMES: Record<string, { ru: string; en: string }> = {
  vk: { ru: 'ВКонтакте', en: 'VK' },
  telegram: { ru: 'Telegram', en: 'Telegram' },
  x: { ru: 'X', en: 'X' },
  instagram: { ru: 'Instagram', en: 'Instagram' },
  facebook: { ru: 'Facebook', en: 'Facebook' },
  youtube: { ru: 'YouTube', en: 'YouTube' },
  linkedin: { ru: 'LinkedIn', en: 'LinkedIn' },
  mastodon: { ru: 'Mastodon', en: 'Mastodon' },
};

/** Which conversation the panel serves: the site and the thread's title (a name, a post's first words). */
export function ThreadLine() {
  const t = useT();
  const lang = useOverlay((s) => s.lang);
  const site = useThread((s) => SITE_NAMES[s.adapterId]?.[lang]);
  const title = useThread((s) => s.title);
  if (!site || !title) return null;
  return (
    <div className="thread-line" data-testid="trustops-thread" title={title}>
      <span className="visually-hidden">{t('threadLabel')}: </span>
      <span className="thread-site">{site}</span>
      <span className="thread-title">{title}</span>
    </div>
  );
}
