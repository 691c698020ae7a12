import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../components/options/App';
import { wireChangeBroadcast } from '../../lib/storage/broadcast';

// This page writes the library directly (same origin as the background); the broadcast tells
// the background and content scripts about those writes.
wireChangeBroadcast();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
