import '../../lib/schema/jitless'; // first: before any zod schema is built
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import browser from 'webextension-polyfill';
import { App } from '../../components/options/App';
import { lang } from '../../components/options/i18n';
import { RootErrorBoundary } from '../../components/options/RootErrorBoundary';
import { persistStorageErrors } from '../../lib/storage/storage-errors';

// This page writes nothing itself (the background is the database's only writer, see
// test/unit/single-writer.test.ts), so it announces no changes. A refused write (a failed schema
// upgrade on opening, say) still shows in the banner like the background's.
persistStorageErrors(browser.storage.local);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RootErrorBoundary lang={lang}>
      <App />
    </RootErrorBoundary>
  </StrictMode>,
);
