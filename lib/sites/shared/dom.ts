/**
 * Selector tiers per field. `primary` is the site's own markup, `fallback` a looser form of it
 * (attribute prefixes, older builds), `heuristic` role/aria markup that survives a redesign but
 * may match the wrong thing. A markup change should be a one-line fix in a SELECTORS object.
 */
export interface FieldSelectors {
  primary: string;
  fallback?: string;
  heuristic?: string;
}

/** Tiers that prove the markup is the site's own (used by health checks). */
export const MARKUP_TIERS = ['primary', 'fallback'] as const;
const ALL_TIERS = ['primary', 'fallback', 'heuristic'] as const;
type Tier = (typeof ALL_TIERS)[number];

function selectorsOf(field: FieldSelectors, tiers: readonly Tier[]): string[] {
  const out: string[] = [];
  for (const tier of tiers) {
    const selector = field[tier];
    if (selector) out.push(selector);
  }
  return out;
}

/**
 * An invalid selector (a typo in a SELECTORS edit, syntax a browser lacks) counts as "no match", so one
 * bad tier does not hide the others. Any other error is a real failure and reaches the registry's guard.
 */
function orNoMatch<T>(query: () => T, noMatch: T): T {
  try {
    return query();
  } catch (error) {
    if (isInvalidSelector(error)) return noMatch;
    throw error;
  }
}

/** Browsers throw a SyntaxError DOMException; test DOMs may only say so in the message. */
function isInvalidSelector(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'SyntaxError' || (typeof message === 'string' && /not a valid selector/i.test(message));
}

function tryQuery(root: ParentNode, selector: string): Element | null {
  return orNoMatch(() => root.querySelector(selector), null);
}

function tryQueryAll(root: ParentNode, selector: string): Element[] {
  return orNoMatch(() => Array.from(root.querySelectorAll(selector)), []);
}

/** The first element matched by the first tier that matches anything. */
export function queryField(
  root: ParentNode,
  field: FieldSelectors,
  tiers: readonly Tier[] = ALL_TIERS,
): Element | null {
  for (const selector of selectorsOf(field, tiers)) {
    const found = tryQuery(root, selector);
    if (found) return found;
  }
  return null;
}

/** All elements of the first tier that matches anything (one querySelectorAll per tried tier). */
export function queryAllField(
  root: ParentNode,
  field: FieldSelectors,
  tiers: readonly Tier[] = ALL_TIERS,
): Element[] {
  for (const selector of selectorsOf(field, tiers)) {
    const found = tryQueryAll(root, selector);
    if (found.length) return found;
  }
  return [];
}

/** True when the site's own selectors (not heuristics) find the field. */
export function hasMarkup(root: ParentNode, ...fields: FieldSelectors[]): boolean {
  return fields.some((field) => queryField(root, field, MARKUP_TIERS) !== null);
}

/** `el.closest` that tolerates invalid selectors. */
export function closestOf(el: Element, selector: string): Element | null {
  return orNoMatch(() => el.closest(selector), null);
}

/** `el.matches` that tolerates invalid selectors. */
export function matchesSelector(el: Element, selector: string): boolean {
  return orNoMatch(() => el.matches(selector), false);
}

/**
 * The first descendant matching `selector` that belongs to `owner` itself and not to a nested
 * item of the same kind (VK threads nest reply comments inside the root comment).
 */
export function ownDescendant(owner: Element, selector: string, nestedItem: string): Element | null {
  for (const candidate of tryQueryAll(owner, selector)) {
    const item = closestOf(candidate, nestedItem);
    if (!item || item === owner || !owner.contains(item)) return candidate;
  }
  return null;
}

/** Path of an href resolved against the page (for comparing profile links). */
export function hrefPath(el: Element | null, base: string): string {
  const href = el?.getAttribute('href');
  if (!href) return '';
  try {
    return new URL(href, base).pathname.replace(/\/+$/, '').toLowerCase();
  } catch {
    return '';
  }
}

export function attr(el: Element | null | undefined, name: string): string {
  return el?.getAttribute(name)?.trim() ?? '';
}

export function hasClass(el: Element | null | undefined, className: string): boolean {
  return !!el && el.classList.contains(className);
}
