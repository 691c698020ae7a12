import { createTranslator, detectLang, type Dictionary } from '../../lib/i18n/translate';

const dictionary: Dictionary<'togglePanel' | 'openDashboard' | 'noPanelHere' | 'shortcut'> = {
  ru: {
    togglePanel: 'Показать или скрыть панель',
    openDashboard: 'Открыть библиотеку и настройки',
    noPanelHere: 'На этой странице панель не запущена: откройте поддерживаемую соцсеть.',
    shortcut: 'Сочетание клавиш: Alt+Shift+K',
  },
  en: {
    togglePanel: 'Show or hide the panel',
    openDashboard: 'Open the library and settings',
    noPanelHere: 'The panel is not running on this page: open a supported social site.',
    shortcut: 'Shortcut: Alt+Shift+K',
  },
};

export const t = createTranslator(dictionary, detectLang());
