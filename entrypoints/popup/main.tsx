import '../../lib/schema/jitless'; // first: before any zod schema is built
import { createRoot } from 'react-dom/client';
import { RootErrorBoundary } from '../../components/options/RootErrorBoundary';
import { Popup } from '../../components/popup/Popup';

createRoot(document.getElementById('root')!).render(
  <RootErrorBoundary>
    <Popup />
  </RootErrorBoundary>,
);
