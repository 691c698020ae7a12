/**
 * Both Telegram clients keep the open chat in the URL hash: Web K `#@username`, `#<peerId>`,
 * `#<peerId>_<threadId>` for topics; Web A `#<chatId>` (channels `-100…`), `#<chatId>_<topicId>`.
 * Query parts after `?` (e.g. a message to jump to) are not part of the chat.
 */
export function chatFromHash(url: URL): string | null {
  let chat = url.hash.slice(1).split('?', 1)[0] ?? '';
  try {
    chat = decodeURIComponent(chat);
  } catch {
    // keep the raw form
  }
  return /^(@[A-Za-z0-9_]{3,64}|-?\d+(_\d+)?)$/.test(chat) ? chat : null;
}
