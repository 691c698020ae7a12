import type { FieldSelectors } from '../shared/dom';

/**
 * X / Twitter (SITES.md "X / Twitter"; Control Panel for Twitter's selectors, 2026-08). Posts are
 * well known (data-testid); DM markup is Tailwind-built and only partly known, so direction in
 * DMs falls back from explicit attributes to alignment classes to geometry.
 */
export const X_SELECTORS = {
  status: {
    tweet: {
      primary: 'article[data-testid="tweet"]',
      fallback: '[data-testid="tweet"]',
      heuristic: '[data-testid="primaryColumn"] article[role="article"]',
    },
    userName: { primary: '[data-testid="User-Name"]', fallback: '[data-testid^="User-Name"]' },
    text: { primary: '[data-testid="tweetText"]', fallback: 'div[lang][dir="auto"]' },
    /** A quoted post inside a post is a link card; its text is not the post's own. */
    quoted: 'div[role="link"]',
    permalinkTime: { primary: 'a[href*="/status/"] > time[datetime]', fallback: 'time[datetime]' },
    /** The logged-in account: the side navigation's profile tab links to `/<handle>`. */
    ownProfileLink: { primary: 'a[data-testid="AppTabBar_Profile_Link"]', fallback: 'nav[role="navigation"] a[aria-label="Profile"]' },
    composer: {
      primary: 'div[data-testid="tweetTextarea_0"][contenteditable][role="textbox"]',
      fallback: '[data-testid^="tweetTextarea_"][contenteditable]',
      heuristic: '.DraftEditor-root [contenteditable][role="textbox"]',
    },
  },
  dm: {
    panel: { primary: '[data-testid="dm-conversation-panel"]', fallback: '[data-testid="DmActivityViewport"]' },
    list: {
      primary: '[data-testid="dm-message-list"]',
      fallback: '[data-testid="DmScrollerContainer"]',
      heuristic: 'main [role="log"]',
    },
    row: {
      primary: '[data-dm-message-row][data-testid^="message-"]',
      fallback: '[data-testid="messageEntry"]',
      heuristic: '[data-dm-message-row]',
    },
    text: {
      primary: '[data-testid^="message-text-"]',
      fallback: '[data-testid="tweetText"]',
      heuristic: 'span[dir="auto"]',
    },
    /** The visible bubble, the element whose position tells the side. */
    bubble: '[data-dm-message-focus-target], [data-testid="messageEntry"] > div',
    time: { primary: 'time[datetime]' },
    title: {
      primary: '[data-testid="dm-conversation-header"] h2',
      fallback: '[data-testid="DMConversationHeader"] h2',
      heuristic: 'main h2[role="heading"]',
    },
    composer: {
      primary: 'textarea[data-testid="dm-composer-textarea"]',
      fallback: '[data-testid="dmComposerTextInput"]',
      heuristic: '[data-testid="dm-conversation-panel"] textarea, main [role="textbox"][contenteditable]',
    },
  },
} as const satisfies Record<string, Record<string, FieldSelectors | string>>;
