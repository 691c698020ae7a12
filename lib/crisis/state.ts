import type { CrisisBanner, CrisisState, PackCrisis } from '../schema/crisis';
import type { SlaPolicy } from '../schema/policy';

/**
 * Whether crisis mode is in force at `now`: switched on, started (no start = at once) and not yet
 * over (no end = until switched off). A crisis whose end time passed is over without anyone
 * switching it off, so a forgotten switch cannot keep the strict rules on for days.
 */
export function crisisInForce(state: CrisisState | undefined, now: number): boolean {
  if (!state?.active) return false;
  const starts = state.startsAt ? Date.parse(state.startsAt) : NaN;
  const ends = state.endsAt ? Date.parse(state.endsAt) : NaN;
  if (Number.isFinite(starts) && now < starts) return false;
  return !(Number.isFinite(ends) && now >= ends);
}

/** The panel's banner: the reason, the end time and who to call; null while no crisis is in force. */
export function crisisBanner(state: CrisisState | undefined, now: number): CrisisBanner {
  if (!state || !crisisInForce(state, now)) return null;
  return { reason: state.reason, contacts: [...state.contacts], source: state.source, ...(state.endsAt ? { endsAt: state.endsAt } : {}) };
}

/**
 * The state a team pack's declaration puts into the settings. Without a declaration, a crisis that
 * this pack declared earlier ends (the lead removed it); any other crisis is left as it is.
 * Returns undefined when nothing changes.
 */
export function crisisFromPack(packId: string, declared: PackCrisis | undefined, current: CrisisState, now: Date): CrisisState | undefined {
  if (!declared) {
    if (current.active && current.source === 'pack' && current.packId === packId) return { ...current, active: false };
    return undefined;
  }
  const next: CrisisState = {
    active: true,
    reason: declared.reason,
    startsAt: declared.startsAt ?? now.toISOString(),
    endsAt: declared.endsAt,
    contacts: declared.contacts,
    source: 'pack',
    packId,
    ...(declared.scenario ? { scenario: declared.scenario } : {}),
    ...(declared.firstReplyMinutes ? { firstReplyMinutes: declared.firstReplyMinutes } : {}),
    ...(declared.nextReplyMinutes ? { nextReplyMinutes: declared.nextReplyMinutes } : {}),
  };
  // The same declaration applied again (an unchanged crisis in a new pack version) keeps its start.
  if (current.active && current.source === 'pack' && current.packId === packId && !declared.startsAt && current.startsAt)
    next.startsAt = current.startsAt;
  return JSON.stringify(next) === JSON.stringify(current) ? undefined : next;
}

/** The built-in crisis targets: 30 working minutes to the first reply, 60 to each next one. */
export const CRISIS_FIRST_REPLY_MINUTES = 30;
export const CRISIS_NEXT_REPLY_MINUTES = 60;

/**
 * The SLA policy while a crisis is in force: the same hours and calendar, tighter targets — the
 * crisis's own when it names them, else the built-in ones, never looser than the usual policy.
 * A warning comes earlier too (at half the target) so that nobody first hears of a breach.
 */
export function crisisSlaPolicy(base: SlaPolicy, state: Pick<CrisisState, 'firstReplyMinutes' | 'nextReplyMinutes'>): SlaPolicy {
  return {
    ...base,
    firstReplyMinutes: state.firstReplyMinutes ?? Math.min(base.firstReplyMinutes, CRISIS_FIRST_REPLY_MINUTES),
    nextReplyMinutes: state.nextReplyMinutes ?? Math.min(base.nextReplyMinutes, CRISIS_NEXT_REPLY_MINUTES),
    warnRatio: Math.min(base.warnRatio ?? 0.75, 0.5),
  };
}

/** The policy the clocks run on right now: the crisis policy while a crisis is in force. */
export function effectiveSlaPolicy(base: SlaPolicy, state: CrisisState | undefined, now: number): SlaPolicy {
  return state && crisisInForce(state, now) ? crisisSlaPolicy(base, state) : base;
}
