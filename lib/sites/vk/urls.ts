/** VK chats (multi-user conversations) are peer ids from 2e9 upward; legacy URLs write them `c<n>`. */
const CHAT_PEER_BASE = 2_000_000_000;

/** `sel=c5` → 2000000005, `sel=-1` (a community) and `sel=42` stay as they are. */
export function peerFromSel(sel: string | null): string | null {
  if (!sel) return null;
  const chat = /^c(\d+)$/.exec(sel);
  if (chat) return String(CHAT_PEER_BASE + Number(chat[1]));
  return /^-?\d+$/.test(sel) ? sel : null;
}

/**
 * Community inboxes (`/gim<groupId>`) keep their community in the id: the same customer writing to
 * two communities is two threads. Personal inbox: `vk:convo_<peerId>`.
 */
export function convoThreadId(communityId: string | undefined, peer: string): string {
  return communityId ? `vk:gim${communityId}_convo_${peer}` : `vk:convo_${peer}`;
}
