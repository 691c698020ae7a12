import type { IdeaRecord, IdeaStatus } from '../../../lib/schema/idea';

export type IdeaSort = 'askers' | 'value' | 'newest';
export type StatusFilter = IdeaStatus | 'all';

/** Impact per unit of cost: the quick wins first. */
const value = (idea: IdeaRecord) => idea.impact / idea.cost;

const ORDER: Record<IdeaSort, (a: IdeaRecord, b: IdeaRecord) => number> = {
  askers: (a, b) => b.askers.length - a.askers.length || b.updatedAt.localeCompare(a.updatedAt),
  value: (a, b) => value(b) - value(a) || b.askers.length - a.askers.length,
  newest: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
};

export function visibleIdeas(ideas: readonly IdeaRecord[], status: StatusFilter, sort: IdeaSort): IdeaRecord[] {
  return ideas.filter((idea) => status === 'all' || idea.status === status).sort(ORDER[sort]);
}
