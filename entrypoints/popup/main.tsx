import '../../lib/schema/jitless'; // first: before any zod schema is built
import { createRoot } from 'react-dom/client';
import { RootErrorBoundary } from '../../components/options/RootErrorBoundary';
import { setPopupLang } from '../../components/popup/i18n';
import { Popup } from '../../components/popup/Popup';
import { loadSettings } from '../../lib/storage/settings';

/** The popup speaks the language the settings chose (the browser's for 'auto'), like every other page. */
async function start() {
  const setting = await loadSettings()
    .then((s) => s.language)
    .catch(() => undefined);
  const lang = setPopupLang(setting);
  document.documentElement.lang = lang;
  createRoot(document.getElementById('root')!).render(
    <RootErrorBoundary lang={lang}>
      <Popup />
    </RootErrorBoundary>,
  );
}

void start();
