import { attr, hasMarkup, queryAllField, queryField } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { measuredDirections } from '../shared/geometry';
import { lastItems, type Direction, type ReadMessage } from '../shared/snapshot';
import type { Surface } from '../shared/surface';
import { textOf } from '../shared/text';
import { isoFromDatetime } from '../shared/time';
import { X_SELECTORS } from './selectors';

const S = X_SELECTORS.dm;

/** Legacy DMs `/messages/<uid1>-<uid2>`; the new chat `/i/chat/<id>`. */
function threadId(url: URL): string | null {
  const legacy = /^\/messages\/(\d+-\d+)\/?$/.exec(url.pathname)?.[1];
  if (legacy) return `x:dm:${legacy}`;
  const chat = /^\/i\/chat\/([A-Za-z0-9_:-]{1,200})\/?$/.exec(url.pathname)?.[1];
  return chat && !['new', 'requests', 'settings', 'pin'].includes(chat) ? `x:chat:${chat}` : null;
}

const OUT_ALIGNMENT = /(^|\s)(justify-end|items-end|self-end|ms-auto|ml-auto)(\s|$)/;
const IN_ALIGNMENT = /(^|\s)(justify-start|items-start|self-start|me-auto|mr-auto)(\s|$)/;

/**
 * X marks no side in DM markup we can rely on: explicit attributes first (some builds carry
 * `data-direction`), then the Tailwind alignment of the row or its first child, then geometry.
 */
function markupDirection(row: Element): Direction | null {
  const explicit = attr(row, 'data-direction') || attr(row, 'data-is-outgoing');
  if (explicit === 'outgoing' || explicit === 'true') return 'out';
  if (explicit === 'incoming' || explicit === 'false') return 'in';
  for (const el of [row, row.firstElementChild]) {
    const className = el?.getAttribute('class') ?? '';
    if (OUT_ALIGNMENT.test(className)) return 'out';
    if (IN_ALIGNMENT.test(className)) return 'in';
  }
  return null;
}

function read(doc: Document): { title: string; messages: ReadMessage[] } {
  const title = textOf(queryField(doc, S.title));
  const rows = lastItems(queryAllField(doc, S.row));
  const markup = rows.map(markupDirection);
  const needGeometry = markup.some((direction) => direction === null);
  const bubbles = rows.map((row) => row.querySelector(S.bubble) ?? row);
  const measured = needGeometry ? measuredDirections(bubbles, queryField(doc, S.list)) : [];
  const messages = rows.map((row, i): ReadMessage => {
    const direction = markup[i] ?? measured[i] ?? 'in';
    const id = attr(row, 'data-dm-message-row') || /^message-(.+)$/.exec(attr(row, 'data-testid'))?.[1];
    return {
      id: id || undefined,
      author: direction === 'out' ? '' : title,
      direction,
      at: isoFromDatetime(attr(queryField(row, S.time), 'datetime')),
      text: textOf(queryField(row, S.text)),
    };
  });
  return { title, messages };
}

export const xDm: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.panel, S.list),
  composer: (doc) => composerByField(doc, S.composer),
  read,
};
