import { defineConfig } from 'wxt';

// Chrome MV3 first, Firefox MV3 second. Host access is optional: the content script runs on the
// supported social sites listed in the overlay entrypoint; anything else needs the user's consent.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdTogglePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'trustops@trustops.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
