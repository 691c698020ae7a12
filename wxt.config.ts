import { defineConfig } from 'wxt';

// Chrome MV3 first, Firefox MV3 second. Content scripts run on the supported sites listed in
// lib/sites/hosts.ts; any other site needs the user's consent (optional host permission).
/**
 * The overlay's content script is evaluated on every supported page: it renders with Preact's React
 * API (~5 kB gzip) instead of React DOM (~60 kB), so the page loads and parses far less. The extension's
 * own pages keep React. Only the overlay's build gets these aliases.
 */
const PREACT_FOR_REACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'overlay')) return;
      const existing = config.resolve?.alias ?? [];
      const aliases = Array.isArray(existing) ? existing : Object.entries(existing).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_REACT, ...aliases] };
    },
  },
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
    // What an administrator may push through enterprise policy (browser.storage.managed; see README).
    // Firefox takes the values from policies.json without a schema (its manifest has no such key).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
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
          // `data_collection_permissions` exists from Firefox 140 (ESR) and Firefox for Android 142.
          browser_specific_settings: {
            gecko: {
              id: 'trustops@trustops.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
