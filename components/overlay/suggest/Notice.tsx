import { useEffect } from 'react';
import { useT } from '../i18n';
import { setSuggest, useSuggest } from './store';

/** How long a notice stays; a failure stays until the next action since it holds the text to copy. */
const NOTICE_MS = { inserted: 3000, copied: 8000 } as const;

const pasteShortcut = () => (/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘V' : 'Ctrl+V');

export function Notice() {
  const t = useT();
  const notice = useSuggest((s) => s.notice);

  useEffect(() => {
    if (!notice || notice.kind === 'failed') return;
    const timer = setTimeout(() => setSuggest({ notice: null }), NOTICE_MS[notice.kind]);
    return () => clearTimeout(timer);
  }, [notice]);

  if (!notice) return null;
  return (
    <div className={`notice ${notice.kind}`} role={notice.kind === 'inserted' ? 'status' : 'alert'} data-testid="trustops-notice">
      {notice.kind === 'inserted' && t('inserted')}
      {notice.kind === 'copied' && t('copied', { paste: pasteShortcut() })}
      {notice.kind === 'failed' && (
        <>
          {t('insertFailed')}
          <textarea readOnly value={notice.text} onFocus={(event) => event.currentTarget.select()} />
        </>
      )}
    </div>
  );
}
