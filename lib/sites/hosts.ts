/**
 * Where the content script runs without asking: the supported social sites, plus loopback pages
 * (local development and the bundled demo; they give no access to any real website). Any other
 * site is enabled by the user, with an optional host permission requested at that moment.
 */
export const SUPPORTED_SITE_MATCHES = [
  'https://vk.com/*',
  'https://*.vk.com/*',
  'https://web.telegram.org/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.instagram.com/*',
  'https://www.facebook.com/*',
  'https://www.messenger.com/*',
  'https://www.youtube.com/*',
  'https://www.linkedin.com/*',
];

export const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export const CONTENT_SCRIPT_MATCHES = [...SUPPORTED_SITE_MATCHES, ...LOCAL_MATCHES];
