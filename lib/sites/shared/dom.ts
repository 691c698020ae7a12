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

/** querySelector that treats an invalid selector as "no match": one bad tier must not hide the others. */
function tryQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function tryQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
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
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** `el.matches` that tolerates invalid selectors. */
export function matchesSelector(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
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
