import { attr, hasMarkup, hrefPath, ownDescendant, queryAllField, queryField, closestOf, type FieldSelectors } from '../shared/dom';
import { composerByField } from '../shared/composer';
import { lastItems, type ReadMessage } from '../shared/snapshot';
import type { Surface } from '../shared/surface';
import { snippet, textOf } from '../shared/text';
import { parseDateTimeText } from '../shared/time';
import { VK_SELECTORS } from './selectors';

const S = VK_SELECTORS.wall;
const POST_ID = /wall(-?\d+_\d+)/;

/** A wall post opened as a page (`/wall-1_2`) or as a layer over the wall (`?w=wall-1_2`). */
function postIdOf(url: URL): string | null {
  return POST_ID.exec(url.pathname)?.[1] ?? POST_ID.exec(url.searchParams.get('w') ?? '')?.[1] ?? null;
}

function threadId(url: URL): string | null {
  const post = postIdOf(url);
  return post ? `vk:wall${post}` : null;
}

/** The comment's own field, not one of the replies nested inside it. */
function own(comment: Element, field: FieldSelectors): Element | null {
  return (
    ownDescendant(comment, field.primary, S.nestedComment) ??
    (field.fallback ? ownDescendant(comment, field.fallback, S.nestedComment) : null)
  );
}

function findPost(doc: Document, postId: string | null): Element | null {
  if (postId) {
    const exact = doc.querySelector(`[data-post-id="${postId}"]`);
    if (exact) return exact;
  }
  return queryField(doc, S.post);
}

/**
 * Direction rule for public comments: a comment is `out` when its author link is the post's
 * author (the community that published the post answers as itself); everyone else is a customer.
 */
function read(doc: Document, url: URL): { title: string; messages: ReadMessage[] } {
  const post = findPost(doc, postIdOf(url));
  const scope: ParentNode = post ?? doc;
  const postAuthor = queryField(scope, S.postAuthor);
  const brandPath = hrefPath(postAuthor, url.href);
  const brandName = textOf(postAuthor);
  const postText = Array.from(scope.querySelectorAll(S.postText.primary)).find(
    (el) => !closestOf(el, S.commentText.primary),
  );
  const title = snippet(textOf(postText ?? queryField(scope, { primary: S.postText.fallback }))) || brandName;
  const now = new Date();
  const messages = lastItems(queryAllField(scope, S.comment)).map((comment): ReadMessage => {
    const authorEl = own(comment, S.commentAuthor);
    const author = textOf(authorEl);
    const authorPath = hrefPath(authorEl, url.href);
    const out = brandPath ? authorPath === brandPath : !!brandName && author === brandName;
    const date = own(comment, S.commentDate);
    const reply = /[?&]reply=(\d+)/.exec(attr(date, 'href'))?.[1];
    return {
      id: reply ?? (attr(comment, 'id') || undefined),
      author,
      direction: out ? 'out' : 'in',
      at: parseDateTimeText(textOf(date), now),
      text: textOf(own(comment, S.commentText)),
    };
  });
  return { title, messages };
}

export const vkWall: Surface = {
  threadId,
  recognises: (doc) => hasMarkup(doc, S.post) && (hasMarkup(doc, S.comment) || hasMarkup(doc, S.composer)),
  composer: (doc) => composerByField(doc, S.composer),
  read,
};
