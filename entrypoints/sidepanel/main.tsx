import '../../lib/schema/jitless'; // first: before any zod schema is built
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RootErrorBoundary } from '../../components/options/RootErrorBoundary';
import { QueueApp } from '../../components/queue/QueueApp';
import { browserLanguages } from '../../lib/i18n/lang';
import { createQueueTranslator, queueLang } from '../../lib/i18n/queue';
import { loadSettings } from '../../lib/storage/settings';
import './sidepanel.css';

/**
 * The waiting queue beside any tab (Chrome side panel; a sidebar in Firefox). The page only reads
 * the database; actions go through the background, which also updates the badge.
 */
async function start() {
  const setting = await loadSettings()
    .then((s) => s.language)
    .catch(() => undefined);
  const lang = queueLang(location.search, setting, browserLanguages());
  document.documentElement.lang = lang;
  document.title = `${createQueueTranslator(lang)('title')} · TrustOps`;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RootErrorBoundary lang={lang}>
        <QueueApp lang={lang} variant="panel" />
      </RootErrorBoundary>
    </StrictMode>,
  );
}

void start();
