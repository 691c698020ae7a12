/**
 * What the overlay needs to know about a site's page beyond reading it (SITES.md): the send
 * button next to the composer, and the narrowest element that holds the open thread, so that one
 * MutationObserver watches that element instead of the whole document. Keyed by adapter id;
 * selectors are tried in order and the first present on the page wins.
 */
export interface PageHints {
  /** The site's send button(s), looked up around the composer (lib/editor/send-button `selector`). */
  sendButton?: string;
  /** Elements that hold the thread's messages, narrowest known first. */
  threadContainers: readonly string[];
}

export const PAGE_HINTS: Readonly<Record<string, PageHints>> = {
  vk: {
    // Messenger · legacy messenger · wall comments.
    sendButton: 'button.ConvoComposer__sendButton, button.im-send-btn, [data-testid="send-comment"], button.reply_send_button',
    threadContainers: ['.ConvoMain', '[data-testid="me_main_content"]', '.im-page--chat-body', '[data-post-id]', '#wk_content', '#page_layout'],
  },
  telegram: {
    // Web K · Web A (its send button carries the `send` class on the main composer).
    sendButton: '.btn-send, .Composer button.send',
    threadContainers: ['#column-center', '#MiddleColumn', '.bubbles', '.MessageList'],
  },
  x: {
    sendButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"], [data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]',
    threadContainers: ['[data-testid="dm-conversation-panel"]', '[data-testid="primaryColumn"]', 'main[role="main"]'],
  },
  instagram: {
    threadContainers: ['[role="main"]'],
  },
  facebook: {
    threadContainers: ['[role="main"]'],
  },
  youtube: {
    sendButton: '#submit-button button, #submit-button',
    // Not the watch page: its player rewrites the DOM several times a second.
    threadContainers: ['ytd-comments#comments', '#comments'],
  },
  linkedin: {
    sendButton: '.msg-form__send-button',
    threadContainers: ['.msg-convo-wrapper', '.msg-s-message-list', '.scaffold-layout__detail'],
  },
  mastodon: {
    sendButton: '.compose-form button[type="submit"]',
    threadContainers: ['.columns-area__panels__main', '.columns-area', '#mastodon'],
  },
};

export function pageHintsOf(adapterId: string): PageHints | undefined {
  return PAGE_HINTS[adapterId];
}

/** The first thread container present on the page, or null (the caller decides on a fallback). */
export function findThreadContainer(doc: Document, adapterId: string): Element | null {
  for (const selector of pageHintsOf(adapterId)?.threadContainers ?? []) {
    try {
      const found = doc.querySelector(selector);
      if (found) return found;
    } catch {
      // An invalid selector is a typo to fix here, not a reason to stop looking.
    }
  }
  return null;
}
