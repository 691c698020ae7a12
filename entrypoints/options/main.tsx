import '../../lib/schema/jitless'; // first: before any zod schema is built
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import browser from 'webextension-polyfill';
import { App } from '../../components/options/App';
import { lang } from '../../components/options/i18n';
import { RootErrorBoundary } from '../../components/options/RootErrorBoundary';
import { wireChangeBroadcast } from '../../lib/storage/broadcast';
import { persistStorageErrors } from '../../lib/storage/storage-errors';

// This page writes the library directly (same origin as the background); the broadcast tells
// the background and content scripts about those writes.
wireChangeBroadcast();
// A write of this page refused for lack of space shows in the banner like the background's.
persistStorageErrors(browser.storage.local);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RootErrorBoundary lang={lang}>
      <App />
    </RootErrorBoundary>
  </StrictMode>,
);
