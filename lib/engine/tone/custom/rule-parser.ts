import type { ToneRule } from '../../../schema/rules';

/**
 * Turns an unknown rule into a ToneRule or an error. The validating parser (zod) serves imports
 * and the CLI; the content script passes rules the background already validated and uses
 * `trustRule`, so zod stays out of the page's bundle.
 */
export type RuleParser = (input: unknown) => { ok: true; rule: ToneRule } | { ok: false; error: string };

export const trustRule: RuleParser = (input) => ({ ok: true, rule: input as ToneRule });
