import { hasMarkup, queryAllField, queryField, type FieldSelectors } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { measuredDirections } from '../shared/geometry';
import { lastItems, type Direction, type ReadMessage } from '../shared/snapshot';
import type { Surface } from '../shared/surface';
import { textOf } from '../shared/text';
import { parseDateTimeText } from '../shared/time';

/** Instagram Direct and Messenger share one Meta codebase: a role=grid of role=row items. */
export interface MetaDmSelectors {
  list: FieldSelectors;
  row: FieldSelectors;
  text: FieldSelectors;
  /** Centered time rows ("Today at 10:15", "22 Nov 2026, 10:15") that date the rows after them. */
  timeRow: string;
  /** Screen-reader headings ("You sent", "Вы отправили") that some builds put before a bubble. */
  senderHeading: string;
  title: FieldSelectors;
  composer: FieldSelectors;
}

/** Localised "you sent" headings (Messenger and Instagram a11y text; confidence L). */
const YOU_SENT = /^(you sent|вы отправили|ты отправил|вы|you)\b/i;

function headingDirection(row: Element, selector: string): Direction | null {
  const heading = row.querySelector(selector);
  if (!heading) return null;
  return YOU_SENT.test(textOf(heading)) ? 'out' : 'in';
}

/**
 * Obfuscated atomic classes carry no side, so direction comes from the a11y heading when the build
 * has one, else from geometry (bubble centre beyond 60% of the list width = outgoing), measured
 * for the newest 50 rows only. Rows left unjudged count as the customer's.
 */
export function metaDmSurface(S: MetaDmSelectors, threadId: (url: URL) => string | null): Surface {
  function read(doc: Document): { title: string; messages: ReadMessage[] } {
    const title = textOf(queryField(doc, S.title));
    const list = queryField(doc, S.list);
    const now = new Date();
    let at: string | null = null;
    const rows: { row: Element; text: Element; at: string | null }[] = [];
    for (const row of queryAllField(list ?? doc, S.row)) {
      const timeRow = row.querySelector(S.timeRow);
      if (timeRow) {
        at = parseDateTimeText(textOf(timeRow), now) ?? at;
        continue;
      }
      const text = queryField(row, S.text);
      if (text) rows.push({ row, text, at });
    }
    const newest = lastItems(rows);
    const headings = newest.map(({ row }) => headingDirection(row, S.senderHeading));
    const measured = headings.some((d) => d === null) ? measuredDirections(newest.map((r) => r.text), list) : [];
    const messages = newest.map(({ text, at: rowAt }, i): ReadMessage => {
      const direction = headings[i] ?? measured[i] ?? 'in';
      return { author: direction === 'out' ? '' : title, direction, at: rowAt, text: textOf(text) };
    });
    return { title, messages };
  }
  return {
    threadId,
    recognises: (doc) => hasMarkup(doc, S.list) || hasMarkup(doc, S.composer),
    composer: (doc) => composerByField(doc, S.composer),
    read,
  };
}
