import { defineConfig } from 'wxt';

// Chrome MV3 first, Firefox MV3 second. Content scripts run on the supported sites listed in
// lib/sites/hosts.ts; any other site needs the user's consent (optional host permission).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: easier to read and to test than WXT's auto-imports.
  imports: false,
  manifestVersion: 3,
  // Parallel builds (several people or agents on one machine) each take their own output root.
  outDir: process.env.TRUSTOPS_OUT_DIR ?? '.output',
  // `WXT_TEST_BUILD=1` (npm run build:test): the production bundle plus test-only parts guarded by
  // `import.meta.env.WXT_TEST_BUILD`, written beside it as chrome-mv3-test.
  ...(process.env.WXT_TEST_BUILD ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The overlay imports its tone engine at idle time (see entrypoints/tone-engine.ts); a dynamic
    // URL per session keeps pages from probing for the extension through it.
    web_accessible_resources: [
      { resources: ['tone-engine.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
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
