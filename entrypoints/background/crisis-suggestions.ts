import { crisisInForce } from '../../lib/crisis/state';
import { crisisPlaybook, isCrisisReply, PLAYBOOK_PACK_ID, replyScenario } from '../../lib/crisis/playbook';
import { createSuggestIndex } from '../../lib/engine/suggest';
import { crisisOrder } from '../../lib/engine/suggest/crisis-order';
import type { SuggestedReply } from '../../lib/schema/messages';
import type { Platform } from '../../lib/schema/pack';
import type { ReplyRecord } from '../../lib/schema/storage';
import { loadSettings } from '../../lib/storage/settings';
import type { CrisisState } from '../../lib/schema/crisis';

/**
 * The crisis state, read once and kept until the settings change (forgetCrisisState): suggestions
 * are asked for as the user types, and most of the time there is no crisis to read.
 */
let crisisState: Promise<CrisisState> | undefined;
export function forgetCrisisState(): void {
  crisisState = undefined;
}
const loadCrisis = () => {
  const attempt = (crisisState ??= loadSettings().then((settings) => settings.crisis));
  attempt.catch(() => {
    if (crisisState === attempt) crisisState = undefined; // a failed read is not kept
  });
  return attempt;
};

const keyOf = (packId: string, replyId: string) => `${packId}\u0001${replyId}`;
/** Enough matched crisis replies to find holding statements and follow-ups among them. */
const MATCHED = 10;

/**
 * The crisis half of the suggestions: the default playbook (lib/crisis/playbook.json, served from
 * the bundle, not stored) plus every enabled pack's replies tagged `crisis`, in an index of their
 * own, so a team's crisis replies and the playbook rank against each other and not against the
 * everyday library. Outside a crisis the usual list passes through untouched.
 */
export function crisisSuggestions(library: readonly ReplyRecord[]) {
  const playbook = crisisPlaybook();
  const replies: Omit<SuggestedReply, 'score'>[] = [
    ...playbook.replies.map((reply) => ({ ...reply, packId: PLAYBOOK_PACK_ID })),
    ...library.filter(isCrisisReply).map(({ updatedAt: _u, ...reply }) => reply),
  ];
  const byKey = new Map(replies.map((r) => [keyOf(r.packId, r.id), r]));
  // Built at the first suggestion of a crisis: outside one it costs nothing.
  let index: ReturnType<typeof createSuggestIndex> | undefined;
  const ranked = (text: string, platform: Platform, k: number) =>
    index!.suggest(text, { k, platform }).flatMap(({ replyId, score }) => {
      const reply = byKey.get(replyId);
      return reply ? [{ ...reply, score }] : [];
    });
  /**
   * A crisis declared without a scenario is read from its reason ("Сбой оплаты", "payments are
   * down" → outage) through the playbook's examples, so its holding statements lead rather than
   * whichever comes first in the file. Remembered per reason.
   */
  const inferred = new Map<string, string | undefined>();
  const scenarioOfReason = (reason: string, platform: Platform) => {
    if (!inferred.has(reason)) inferred.set(reason, reason.trim() ? ranked(reason, platform, 3).map(replyScenario).find(Boolean) : undefined);
    return inferred.get(reason);
  };

  return {
    async order(text: string, platform: Platform, k: number, usual: SuggestedReply[]): Promise<SuggestedReply[]> {
      // The real clock: the test build's SLA clock offset moves timers, not crises (and this module stays
      // free of browser APIs, so the storage tests can load the suggestions).
      const crisis = await loadCrisis();
      if (!crisisInForce(crisis, Date.now())) return usual;
      index ??= createSuggestIndex(replies.map((r) => ({ ...r, id: keyOf(r.packId, r.id) })));
      const matched = ranked(text, platform, MATCHED);
      const available = replies
        .filter((r) => !r.platforms.length || r.platforms.includes(platform))
        .map((r) => ({ ...r, score: 0 }));
      const scenario = crisis.scenario ?? scenarioOfReason(crisis.reason, platform);
      return crisisOrder(text, usual, matched, available, { k, scenario });
    },
    packName: (packId: string) => (packId === PLAYBOOK_PACK_ID ? playbook.name : undefined),
  };
}
