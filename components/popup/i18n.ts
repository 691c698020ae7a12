import { createTranslator, detectLang, type Dictionary } from '../../lib/i18n/translate';

export type TextKey =
  | 'togglePanel' | 'openDashboard' | 'openQueue' | 'noPanelHere' | 'shortcut'
  | 'checking' | 'siteSupported' | 'siteEnabled' | 'siteAvailable' | 'siteUnavailable'
  | 'enableHere' | 'disableHere' | 'denied' | 'enabledRunning' | 'enabledReload' | 'disabledReload' | 'failed';

const dictionary: Dictionary<TextKey> = {
  ru: {
    togglePanel: 'Показать или скрыть панель',
    openDashboard: 'Открыть библиотеку и настройки',
    openQueue: 'Очередь ожидающих диалогов',
    noPanelHere: 'На этой странице панель не запущена: откройте поддерживаемую соцсеть.',
    shortcut: 'Сочетание клавиш: Alt+Shift+K',
    checking: 'Проверяем доступ к сайту…',
    siteSupported: 'TrustOps работает на этом сайте.',
    siteEnabled: 'Вы включили TrustOps на {host}.',
    siteAvailable: '{host} нет в списке поддерживаемых сайтов. Включите TrustOps здесь — браузер спросит доступ только к этому сайту.',
    siteUnavailable: 'На этой странице TrustOps работать не может.',
    enableHere: 'Включить на этом сайте',
    disableHere: 'Выключить на этом сайте',
    denied: 'Доступ не выдан: на этом сайте TrustOps выключен.',
    enabledRunning: 'Готово: поставьте курсор в поле ответа — появится панель.',
    enabledReload: 'Включено. Обновите страницу, чтобы запустить панель.',
    disabledReload: 'Выключено. Обновите страницу, чтобы убрать панель.',
    failed: 'Не получилось: {reason}',
  },
  en: {
    togglePanel: 'Show or hide the panel',
    openDashboard: 'Open the library and settings',
    openQueue: 'Queue of waiting threads',
    noPanelHere: 'The panel is not running on this page: open a supported social site.',
    shortcut: 'Shortcut: Alt+Shift+K',
    checking: 'Checking access to this site…',
    siteSupported: 'TrustOps runs on this site.',
    siteEnabled: 'You enabled TrustOps on {host}.',
    siteAvailable: '{host} is not on the list of supported sites. Enable TrustOps here: the browser asks for access to this site only.',
    siteUnavailable: 'TrustOps cannot run on this page.',
    enableHere: 'Enable on this site',
    disableHere: 'Disable on this site',
    denied: 'Access not granted: TrustOps stays off on this site.',
    enabledRunning: 'Done: click into the reply box to open the panel.',
    enabledReload: 'Enabled. Reload the page to start the panel.',
    disabledReload: 'Disabled. Reload the page to remove the panel.',
    failed: 'That did not work: {reason}',
  },
};

export const t = createTranslator(dictionary, detectLang());
