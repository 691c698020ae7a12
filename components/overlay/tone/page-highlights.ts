import type { ToneFinding } from '../../../lib/engine/tone';
import type { DraftSnapshot } from '../../../lib/editor/draft';
import { rangeForOffsets } from '../../../lib/editor/text-map';
import { TEST_BUILD } from '../../../lib/build-mode';
import { randomWord } from '../../../lib/random-names';
import { getTone, setTone } from './store';

/**
 * Marks the offending words inside a contenteditable composer with the CSS Custom Highlight API:
 * ranges registered by name and painted by a `::highlight(name)` rule. The page's DOM is never
 * touched (no wrapper spans an editor would fight with); the only thing added to the page is
 * one style sheet whose rules apply to these highlight names alone.
 */
/**
 * The page can list `CSS.highlights` and read our style sheet: in production the names are random
 * per page load, so they tell nothing about who painted them; the test build keeps readable ones.
 */
const prefix = TEST_BUILD ? 'trustops' : randomWord(8);
const NAMES: Record<ToneFinding['severity'], string> = {
  block: `${prefix}-block`,
  warn: `${prefix}-warn`,
  info: `${prefix}-info`,
};

/**
 * Scoped to editing hosts and their contents: a bare `::highlight()` rule matches every element,
 * and adding it made the browser restyle the whole page (170 ms on a 5,000-message chat); with an
 * attribute in the selector only contenteditable subtrees are restyled.
 */
const inEditors = (name: string) => `[contenteditable]::highlight(${name}), [contenteditable] ::highlight(${name})`;
const RULES = `
${inEditors(NAMES.block)} { background-color: rgba(240, 68, 56, 0.16); text-decoration: underline wavy #d92d20; }
${inEditors(NAMES.warn)} { background-color: rgba(247, 144, 9, 0.14); text-decoration: underline wavy #dc6803; }
${inEditors(NAMES.info)} { text-decoration: underline dotted #2f6fed; }
`;

const supported = () => typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

/** Adopted style sheets add no element to the page; a <style> is the fallback where adopting fails. */
function ensureRules(doc: Document): void {
  const { highlightSheet, highlightStyle } = getTone();
  if (highlightSheet && doc.adoptedStyleSheets.includes(highlightSheet)) return;
  if (highlightStyle?.isConnected) return;
  try {
    const sheet = highlightSheet ?? new CSSStyleSheet();
    setTone({ highlightSheet: sheet });
    sheet.replaceSync(RULES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    setTone({ highlightStyle: style });
    style.textContent = RULES;
    (doc.head ?? doc.documentElement).append(style);
  }
}

export function paintHighlights(draft: DraftSnapshot, findings: readonly ToneFinding[]): void {
  if (!supported()) return;
  if (!draft.map || !draft.host || findings.length === 0) return clearHighlights();
  const ranges: Record<string, Range[]> = {};
  for (const finding of findings) {
    const range = rangeForOffsets(draft.map, draft.host, finding.start, finding.end);
    if (range) (ranges[NAMES[finding.severity]] ??= []).push(range);
  }
  ensureRules(draft.host.ownerDocument);
  for (const name of Object.values(NAMES)) {
    const list = ranges[name];
    if (list?.length) CSS.highlights.set(name, new Highlight(...list));
    else CSS.highlights.delete(name);
  }
}

export function clearHighlights(): void {
  if (!supported()) return;
  for (const name of Object.values(NAMES)) CSS.highlights.delete(name);
}

/** When the overlay goes away: no highlight and no rule of ours stays in the page. */
export function removeHighlights(doc: Document = document): void {
  clearHighlights();
  const { highlightSheet: sheet, highlightStyle } = getTone();
  if (sheet) {
    try {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // The page locked its style sheets; the rules only name our highlights, which are gone.
    }
  }
  highlightStyle?.remove();
}
