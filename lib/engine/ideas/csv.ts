import Papa from 'papaparse';
import type { IdeaRecord } from '../../schema/idea';
import { joinList, protectFormula } from '../pack/csv-cells';

/** Columns of the ideas export, in order. Lists share one cell separated by "|" (as the reply CSV). */
export const IDEA_CSV_COLUMNS = [
  'id', 'title', 'status', 'impact', 'cost', 'askers', 'tags', 'done_note',
  'first_asked', 'last_asked', 'platforms', 'authors', 'links', 'created_at', 'updated_at', 'done_at',
] as const;

const dates = (idea: IdeaRecord) => idea.askers.map((asker) => asker.at).sort();
const distinct = (items: readonly string[]) => [...new Set(items.filter(Boolean))];

/**
 * The ideas as CSV (RFC 4180, CRLF, header first), one row per idea in the given order. Cells a
 * spreadsheet would run as a formula get a leading apostrophe (customer text is untrusted).
 */
export function ideasToCsv(ideas: readonly IdeaRecord[]): string {
  const data = ideas.map((idea) => {
    const asked = dates(idea);
    const row: Record<(typeof IDEA_CSV_COLUMNS)[number], string> = {
      id: idea.id,
      title: idea.title,
      status: idea.status,
      impact: String(idea.impact),
      cost: String(idea.cost),
      askers: String(idea.askers.length),
      tags: joinList(idea.tags),
      done_note: idea.doneNote,
      first_asked: asked[0] ?? '',
      last_asked: asked[asked.length - 1] ?? '',
      platforms: joinList(distinct(idea.askers.map((asker) => asker.platform))),
      authors: joinList(distinct(idea.askers.map((asker) => asker.author))),
      links: joinList(distinct(idea.askers.map((asker) => asker.url))),
      created_at: idea.createdAt,
      updated_at: idea.updatedAt,
      done_at: idea.doneAt ?? '',
    };
    return IDEA_CSV_COLUMNS.map((column) => protectFormula(row[column]));
  });
  return `${Papa.unparse({ fields: [...IDEA_CSV_COLUMNS], data }, { newline: '\r\n' }).replace(/\r\n$/, '')}\r\n`;
}
