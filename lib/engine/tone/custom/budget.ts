/**
 * What custom rules may cost, so that no pack can stall typing: the checker runs on the page's main
 * thread at every pause in typing, and RE2 (re2js) costs about 0.3–1 µs per character per regex
 * rule — 10,000 regex rules over a 2,000-character draft would take seconds. Rules over a budget
 * are not run and get an error naming the budget (shown beside the rule in the dashboard, printed
 * by `trustops check --rules`). The budgets count the rules one checker runs: every enabled rule
 * of every enabled pack, in pack order.
 */
export const RULE_BUDGET = {
  /** Regex rules run at once; more → the later ones are skipped. */
  regexRules: 50,
  /** RE2 instructions of one compiled pattern (`a{1000}` is 1,000 of them). */
  patternInstructions: 1000,
  /** Phrases of all phrase rules together (they share one index, so they are cheap per phrase). */
  phrases: 100_000,
  /** Characters of a draft that regex rules read (phrase rules and built-in checks read all of it). */
  regexDraftChars: 4000,
} as const;

export function regexRulesOverBudget(): string {
  return (
    `over the budget: at most ${RULE_BUDGET.regexRules} regex rules run at once (all enabled packs together), ` +
    'so this one is skipped; combine patterns with | or use a phrase rule for word lists'
  );
}

export function phrasesOverBudget(count: number, total: number): string {
  return (
    `over the budget: its ${count} phrases would bring all phrase rules to ${total}, ` +
    `more than the ${RULE_BUDGET.phrases} allowed, so this rule is skipped`
  );
}

export function patternOverBudget(instructions: number): string {
  return (
    `the pattern is too large: it compiles to ${instructions} RE2 instructions, ` +
    `at most ${RULE_BUDGET.patternInstructions} are allowed (shorten repeats such as {1000})`
  );
}

/** The part of a draft regex rules read: a prefix, never splitting a surrogate pair. */
export function regexDraft(text: string): string {
  const max = RULE_BUDGET.regexDraftChars;
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
