import { siteName } from '../../../lib/sites/site-info';
import { useOverlay } from '../useOverlay';
import { useT } from '../i18n';
import { useThread } from './store';

/** Which conversation the panel serves: the site and the thread's title (a name, a post's first words). */
export function ThreadLine() {
  const t = useT();
  const lang = useOverlay((s) => s.lang);
  // Site names as their users know them (the catalog's): VK is «ВКонтакте» in Russian.
  const site = useThread((s) => siteName(s.adapterId, lang));
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
