import { useT } from '../i18n';
import { useThread } from './store';

/** Said once, plainly: the site's adapter did not recognise the page, so the panel works in generic mode. */
export function MarkupNotice() {
  const t = useT();
  const unrecognised = useThread((s) => s.health === 'markup-not-recognised');
  if (!unrecognised) return null;
  return (
    <div className="markup-notice" role="status" data-testid="trustops-markup-notice">
      {t('markupNotRecognised')}
    </div>
  );
}
