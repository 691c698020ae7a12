/**
 * The supported sites, one row each: the single table every site list derives from — where the
 * content script runs (hosts.ts), which page an adapter claims (site-claim.ts), the overlay's page
 * hints (page-hints.ts), the platform ids and their zod enum (lib/schema/platforms.ts, pack.ts), the
 * default length limits (lib/schema/profile.ts) and every site label (site-info.ts `siteName`).
 * A new site is its adapter (registered in registry.ts), its fixture and one row here.
 *
 * No zod, no DOM, no imports: the content script, the background, the pages and the CLI all read it.
 * Each match pattern carries sample URLs it must match (test/unit/site-catalog.test.ts checks them,
 * and near-misses that must not match), so a pattern and the pages it is meant for stay side by side.
 * The order is the order adapters are asked (registry.ts) and sites are listed in the UI.
 */

export interface SiteMatch {
  /** A WebExtension match pattern (scheme, host, path). */
  readonly pattern: string;
  /** Real page addresses this pattern must match. */
  readonly samples: readonly string[];
}

/** What the overlay needs to know about a page beyond reading it (SITES.md). */
export interface PageHints {
  /** The site's send button(s), looked up around the composer (lib/editor/send-button `selector`). */
  readonly sendButton?: string;
  /** Elements that hold the thread's messages, narrowest known first (one MutationObserver watches it). */
  readonly threadContainers: readonly string[];
}

export interface SiteRow {
  /** The adapter id and the platform id of packs, rules and profiles (DESIGN.md: exact). */
  readonly id: string;
  /** The name its users know it by, per interface language. */
  readonly name: { readonly ru: string; readonly en: string };
  /** A compact badge: a monogram and the brand colour. */
  readonly icon: { readonly text: string; readonly color: string };
  readonly matches: readonly SiteMatch[];
  /** The default length limit of a reply or comment, in Unicode code points; null = never checked. */
  readonly limit: number | null;
  readonly hints: PageHints;
  /**
   * Federated: an instance may live on any host (recognised by its markup), so the site's
   * suggestions are allowed anywhere and its thread ids carry the host (`<id>:<host>:<thread>`).
   */
  readonly anyHost?: boolean;
}

export const SITE_CATALOG = [
  {
    id: 'vk',
    name: { ru: 'ВКонтакте', en: 'VK' },
    icon: { text: 'VK', color: '#0077ff' },
    // VK moved part of its traffic to vk.ru; both serve the same app.
    matches: [
      { pattern: 'https://vk.com/*', samples: ['https://vk.com/im/convo/42', 'https://vk.com/wall-1_2'] },
      { pattern: 'https://*.vk.com/*', samples: ['https://m.vk.com/im', 'https://web.vk.com/gim1/convo/2'] },
      { pattern: 'https://vk.ru/*', samples: ['https://vk.ru/im/convo/42'] },
      { pattern: 'https://*.vk.ru/*', samples: ['https://m.vk.ru/im?sel=1'] },
    ],
    limit: 4096,
    hints: {
      // Messenger · legacy messenger · wall comments.
      sendButton: 'button.ConvoComposer__sendButton, button.im-send-btn, [data-testid="send-comment"], button.reply_send_button',
      threadContainers: ['.ConvoMain', '[data-testid="me_main_content"]', '.im-page--chat-body', '[data-post-id]', '#wk_content', '#page_layout'],
    },
  },
  {
    id: 'telegram',
    name: { ru: 'Telegram', en: 'Telegram' },
    icon: { text: 'TG', color: '#229ed9' },
    matches: [{ pattern: 'https://web.telegram.org/*', samples: ['https://web.telegram.org/k/#@durov', 'https://web.telegram.org/a/#777000'] }],
    limit: 4096,
    hints: {
      // Web K · Web A (its send button carries the `send` class on the main composer).
      sendButton: '.btn-send, .Composer button.send',
      threadContainers: ['#column-center', '#MiddleColumn', '.bubbles', '.MessageList'],
    },
  },
  {
    id: 'x',
    name: { ru: 'X', en: 'X' },
    icon: { text: 'X', color: '#000000' },
    matches: [
      { pattern: 'https://x.com/*', samples: ['https://x.com/brand/status/1', 'https://x.com/messages/1-2'] },
      { pattern: 'https://mobile.x.com/*', samples: ['https://mobile.x.com/i/chat/3'] },
      { pattern: 'https://twitter.com/*', samples: ['https://twitter.com/brand/status/1'] },
      { pattern: 'https://www.twitter.com/*', samples: ['https://www.twitter.com/brand/status/1'] },
      { pattern: 'https://mobile.twitter.com/*', samples: ['https://mobile.twitter.com/messages/1-2'] },
    ],
    // The public contract (DESIGN.md: x: 280).
    limit: 280,
    hints: {
      sendButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"], [data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]',
      threadContainers: ['[data-testid="dm-conversation-panel"]', '[data-testid="primaryColumn"]', 'main[role="main"]'],
    },
  },
  {
    id: 'instagram',
    name: { ru: 'Instagram', en: 'Instagram' },
    icon: { text: 'IG', color: '#e1306c' },
    matches: [
      { pattern: 'https://instagram.com/*', samples: ['https://instagram.com/p/ABC123/'] },
      { pattern: 'https://www.instagram.com/*', samples: ['https://www.instagram.com/direct/t/123/', 'https://www.instagram.com/reel/XYZ/'] },
    ],
    // Captions and comments.
    limit: 2200,
    hints: { threadContainers: ['[role="main"]'] },
  },
  {
    id: 'facebook',
    name: { ru: 'Facebook', en: 'Facebook' },
    icon: { text: 'FB', color: '#1877f2' },
    matches: [
      { pattern: 'https://facebook.com/*', samples: ['https://facebook.com/brand/posts/1'] },
      { pattern: 'https://www.facebook.com/*', samples: ['https://www.facebook.com/messages/t/1', 'https://www.facebook.com/permalink.php?story_fbid=1'] },
      { pattern: 'https://messenger.com/*', samples: ['https://messenger.com/t/1'] },
      { pattern: 'https://www.messenger.com/*', samples: ['https://www.messenger.com/e2ee/t/1'] },
    ],
    // Comments.
    limit: 8000,
    hints: { threadContainers: ['[role="main"]'] },
  },
  {
    id: 'youtube',
    name: { ru: 'YouTube', en: 'YouTube' },
    icon: { text: 'YT', color: '#ff0000' },
    matches: [
      { pattern: 'https://youtube.com/*', samples: ['https://youtube.com/watch?v=dQw4w9WgXcQ'] },
      { pattern: 'https://www.youtube.com/*', samples: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=Ugx'] },
      { pattern: 'https://m.youtube.com/*', samples: ['https://m.youtube.com/watch?v=dQw4w9WgXcQ'] },
    ],
    // Comments.
    limit: 10000,
    hints: {
      sendButton: '#submit-button button, #submit-button',
      // Not the watch page: its player rewrites the DOM several times a second.
      threadContainers: ['ytd-comments#comments', '#comments'],
    },
  },
  {
    id: 'linkedin',
    name: { ru: 'LinkedIn', en: 'LinkedIn' },
    icon: { text: 'in', color: '#0a66c2' },
    matches: [
      { pattern: 'https://linkedin.com/*', samples: ['https://linkedin.com/messaging/thread/1/'] },
      { pattern: 'https://www.linkedin.com/*', samples: ['https://www.linkedin.com/messaging/thread/2-abc/'] },
    ],
    // Comments.
    limit: 1250,
    hints: {
      sendButton: '.msg-form__send-button',
      threadContainers: ['.msg-convo-wrapper', '.msg-s-message-list', '.scaffold-layout__detail'],
    },
  },
  {
    id: 'mastodon',
    name: { ru: 'Mastodon', en: 'Mastodon' },
    icon: { text: 'M', color: '#6364ff' },
    // The instances known by name; any other instance is found by its markup (the adapter's
    // `detect`) once the user enables the site.
    matches: [
      { pattern: 'https://mastodon.social/*', samples: ['https://mastodon.social/@Gargron/1'] },
      { pattern: 'https://mastodon.online/*', samples: ['https://mastodon.online/@brand/2'] },
      { pattern: 'https://mstdn.social/*', samples: ['https://mstdn.social/@brand/3'] },
      { pattern: 'https://mas.to/*', samples: ['https://mas.to/@brand/4'] },
      { pattern: 'https://fosstodon.org/*', samples: ['https://fosstodon.org/deck/@brand/5'] },
    ],
    // The default instance limit.
    limit: 500,
    hints: {
      sendButton: '.compose-form button[type="submit"]',
      threadContainers: ['.columns-area__panels__main', '.columns-area', '#mastodon'],
    },
    anyHost: true,
  },
] as const satisfies readonly SiteRow[];

/** A supported site's id; `generic` (any other page) is no site of the catalog. */
export type SiteId = (typeof SITE_CATALOG)[number]['id'];
