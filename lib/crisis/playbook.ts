import { PackSchema, type Pack, type Reply } from '../schema/pack';
import type { CrisisScenario } from '../schema/crisis';
import playbookJson from './playbook.json';

/**
 * The default crisis playbook (playbook.json): for an outage, a data-leak rumour, a complaint going
 * viral and a hijacked account, in Russian and English, a holding statement (the first answer
 * while facts are unknown) and a follow-up each. Every reply is tagged `crisis`, `holding` or
 * `follow-up`, and its scenario; a team pack's replies tagged the same way join them.
 */
export const CRISIS_TAG = 'crisis';
export const HOLDING_TAG = 'holding';
export const FOLLOW_UP_TAG = 'follow-up';
export const PLAYBOOK_PACK_ID = 'crisis-playbook';

let parsed: Pack | undefined;
export function crisisPlaybook(): Pack {
  return (parsed ??= PackSchema.parse(playbookJson));
}

export const isCrisisReply = (reply: Pick<Reply, 'tags'>) => reply.tags.includes(CRISIS_TAG);
export const isHoldingStatement = (reply: Pick<Reply, 'tags'>) => reply.tags.includes(CRISIS_TAG) && reply.tags.includes(HOLDING_TAG);
export const replyScenario = (reply: Pick<Reply, 'tags'>): CrisisScenario | undefined =>
  (['outage', 'data-leak', 'viral-complaint', 'hijacked-account'] as const).find((s) => reply.tags.includes(s));
