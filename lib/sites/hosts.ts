/**
 * Where the content script runs without asking: every host a site adapter claims by URL (keep in
 * step with the adapters' `matches`), plus loopback pages (local development and the bundled demo;
 * they give no access to any real website). Any other site — a Mastodon instance not listed here
 * included — is enabled by the user, with an optional host permission requested at that moment.
 */
export const SUPPORTED_SITE_MATCHES = [
  // VK moved part of its traffic to vk.ru; both serve the same app.
  'https://vk.com/*',
  'https://*.vk.com/*',
  'https://vk.ru/*',
  'https://*.vk.ru/*',
  'https://web.telegram.org/*',
  'https://x.com/*',
  'https://mobile.x.com/*',
  'https://twitter.com/*',
  'https://www.twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://instagram.com/*',
  'https://www.instagram.com/*',
  'https://facebook.com/*',
  'https://www.facebook.com/*',
  'https://messenger.com/*',
  'https://www.messenger.com/*',
  'https://youtube.com/*',
  'https://www.youtube.com/*',
  'https://m.youtube.com/*',
  'https://linkedin.com/*',
  'https://www.linkedin.com/*',
  // Mastodon instances the adapter knows by name (lib/sites/mastodon.ts KNOWN_HOSTS).
  'https://mastodon.social/*',
  'https://mastodon.online/*',
  'https://mstdn.social/*',
  'https://mas.to/*',
  'https://fosstodon.org/*',
];

export const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export const CONTENT_SCRIPT_MATCHES = [...SUPPORTED_SITE_MATCHES, ...LOCAL_MATCHES];
