import { scriptOf } from '../text/script';

/** What the crisis ordering needs of a suggestion (SuggestedReply has it). */
export interface CrisisCandidate {
  id: string;
  packId: string;
  tags: readonly string[];
  lang?: string | undefined;
}

export interface CrisisOrderOptions {
  /** How many suggestions in all. */
  k: number;
  /** The crisis's scenario, when it names one: its holding statements come first. */
  scenario?: string | undefined;
  /** How many holding statements lead the list (default 2): the rest of the list stays useful. */
  holding?: number;
}

const HOLDING = 'holding';
const CRISIS = 'crisis';
const keyOf = (c: CrisisCandidate) => `${c.packId}\u0001${c.id}`;
const isHolding = (c: CrisisCandidate) => c.tags.includes(CRISIS) && c.tags.includes(HOLDING);

/** 'ru' when the message is mostly Cyrillic, 'en' when mostly Latin; undefined without letters. */
export function messageLang(text: string): 'ru' | 'en' | undefined {
  const script = scriptOf(text.toLowerCase());
  return script === 'cyrillic' ? 'ru' : script === 'latin' ? 'en' : undefined;
}

/**
 * The suggestion list while a crisis is in force: the crisis playbook's holding statements first —
 * those of the declared scenario, then those the message matches, then the playbook's order — in the
 * message's language, then the crisis replies the message matches (follow-ups), then the usual list.
 * Pure: `matched` is the crisis replies ranked for the message, `playbook` every crisis reply.
 */
export function crisisOrder<T extends CrisisCandidate>(
  message: string,
  usual: readonly T[],
  matched: readonly T[],
  playbook: readonly T[],
  options: CrisisOrderOptions,
): T[] {
  const lang = messageLang(message);
  const inLang = (c: T) => !lang || !c.lang || c.lang === lang;
  const holdingPool = playbook.filter((c) => isHolding(c) && inLang(c));
  const ofScenario = options.scenario ? holdingPool.filter((c) => c.tags.includes(options.scenario!)) : [];
  const matchedHolding = matched.filter((c) => isHolding(c) && inLang(c));
  const holding = unique([...ofScenario, ...matchedHolding, ...holdingPool]).slice(0, options.holding ?? 2);
  const followUps = matched.filter((c) => !isHolding(c) && inLang(c));
  return unique([...holding, ...followUps, ...usual]).slice(0, options.k);
}

function unique<T extends CrisisCandidate>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
