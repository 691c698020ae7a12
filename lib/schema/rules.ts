import { z } from 'zod';

/** Severity of a tone finding; `block` holds the send until the user confirms. */
export const SeveritySchema = z.enum(['block', 'warn', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Built-in tone categories (ids are a public contract, see DESIGN.md). */
export const BUILTIN_CATEGORIES = [
  'pii.phone', 'pii.email', 'pii.card', 'pii.passport', 'no-comment', 'address-form', 'shouting',
  'overpromise', 'blame', 'insult', 'ad-label', 'ai-leak', 'length', 'link.unknown',
] as const;
export type BuiltinCategory = (typeof BUILTIN_CATEGORIES)[number];

/** A custom rule shipped in a pack: a phrase list (matched on word forms) or a regular expression. */
export const ToneRuleSchema = z
  .object({
    id: z.string().min(1).max(200),
    category: z.string().min(1).max(100),
    severity: SeveritySchema.default('warn'),
    message: z.string().min(1).max(1000),
    kind: z.enum(['phrase', 'regex']),
    phrases: z.array(z.string().min(1).max(500)).max(100_000).optional(),
    pattern: z.string().min(1).max(2000).optional(),
    flags: z.string().regex(/^[imsu]*$/, 'flags may only use i, m, s, u').optional(),
    replacement: z.string().max(2000).optional(),
    enabled: z.boolean().default(true),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind === 'phrase' && !rule.phrases?.length)
      ctx.addIssue({ code: 'custom', path: ['phrases'], message: 'a phrase rule needs at least one phrase' });
    if (rule.kind === 'regex' && !rule.pattern)
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'a regex rule needs a pattern' });
  });
export type ToneRule = z.infer<typeof ToneRuleSchema>;
export type ToneRuleInput = z.input<typeof ToneRuleSchema>;

/** One tone finding; start/end are UTF-16 offsets into the draft. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: SeveritySchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message: z.string(),
  fix: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
