import { hasMarkup, queryAllField, queryField, type FieldSelectors } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { measuredDirections } from '../shared/geometry';
import { lastItems, SNAPSHOT_MESSAGE_LIMIT, type Direction, type ReadMessage } from '../shared/snapshot';
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

/** Localised labels of the user's own messages (Messenger a11y headings; confidence L). */
const OWN_LABELS = new Set(['you sent', 'you', 'вы отправили', 'вы', 'ты отправил', 'ты отправила']);

/** A sender heading names either the user ("You sent") or the other side (their name). */
function headingDirection(row: Element, selector: string): Direction | null {
  const heading = row.querySelector(selector);
  if (!heading) return null;
  const label = textOf(heading).toLowerCase().replace(/[:.]\s*$/, '');
  return OWN_LABELS.has(label) ? 'out' : 'in';
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
    const allRows = queryAllField(list ?? doc, S.row);
    const start = Math.max(0, allRows.length - SNAPSHOT_MESSAGE_LIMIT);
    let at: string | null = null;
    for (let i = start - 1; i >= 0 && at === null; i--) {
      const timeRow = allRows[i]!.querySelector(S.timeRow);
      if (timeRow) at = parseDateTimeText(textOf(timeRow), now);
    }
    // A heading labels a run of bubbles from one sender; the run ends at the next heading or time row.
    let runDirection: Direction | null = null;
    const rows: { text: Element; at: string | null; heading: Direction | null }[] = [];
    for (const row of allRows.slice(start)) {
      const timeRow = row.querySelector(S.timeRow);
      if (timeRow) {
        at = parseDateTimeText(textOf(timeRow), now) ?? at;
        runDirection = null;
        continue;
      }
      runDirection = headingDirection(row, S.senderHeading) ?? runDirection;
      const text = queryField(row, S.text);
      if (text) rows.push({ text, at, heading: runDirection });
    }
    const newest = lastItems(rows);
    const unjudged = newest.some((row) => row.heading === null);
    const measured = unjudged ? measuredDirections(newest.map((row) => row.text), list) : [];
    const messages = newest.map(({ text, at: rowAt, heading }, i): ReadMessage => {
      const direction = heading ?? measured[i] ?? 'in';
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
