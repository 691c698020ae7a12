import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createToneChecker, summarize, type ToneFinding } from '../../engine/tone';
import { BrandProfileSchema, type BrandProfile } from '../../schema/profile';
import { PlatformSchema } from '../../schema/pack';
import { FindingSchema, ToneRuleSchema, type ToneRule } from '../../schema/rules';
import { CliError, readBatch, readJson, type CliIO } from '../io';

const KindSchema = z.enum(['reply', 'post']);

/** A batch line; its platform must be one `--platform` accepts. */
function batchLineSchema(platforms: ReadonlySet<string>) {
  return z.object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    platform: z
      .string()
      .refine((p) => platforms.has(p), { error: (i) => `unknown platform ${JSON.stringify(i.input)} (use ${[...platforms].join(', ')})` })
      .optional(),
    kind: KindSchema.optional(),
  });
}

/** `--rules` reads the `rules` of a pack file (other pack keys are not checked here). */
const RulesFileSchema = z.object({ rules: z.array(ToneRuleSchema).default([]) });

/**
 * check [--profile FILE] [--rules PACK.json] [--platform P] [--kind reply|post] [--json]
 *       (TEXT | --batch IN.jsonl)
 * Batch: one output line {"id","findings"} per input line, same order (always JSON).
 */
export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      profile: { type: 'string' },
      rules: { type: 'string' },
      platform: { type: 'string' },
      kind: { type: 'string' },
      batch: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });

  const kind = values.kind === undefined ? undefined : KindSchema.safeParse(values.kind).data;
  if (values.kind !== undefined && !kind) throw new CliError(`--kind: expected "reply" or "post", got "${values.kind}"`);
  if (values.batch && positionals.length) throw new CliError('give either TEXT or --batch FILE, not both');
  if (!values.batch && !positionals.length) throw new CliError('nothing to check: give TEXT or --batch FILE');

  const profile: BrandProfile | undefined = values.profile ? readJson(values.profile, BrandProfileSchema) : undefined;
  // Known platforms, and any the profile sets a length limit for (a brand may check for its own).
  const platforms = new Set<string>([...PlatformSchema.options, ...Object.keys(profile?.limits ?? {})]);
  const platform = values.platform;
  if (platform !== undefined && !platforms.has(platform))
    throw new CliError(`check: unknown --platform "${platform}" (use ${[...platforms].join(', ')})`);
  const rules: ToneRule[] = values.rules ? readJson(values.rules, RulesFileSchema).rules : [];
  const checker = createToneChecker(profile, rules);
  if (checker.ruleErrors.length && values.rules) {
    const file = values.rules;
    throw new CliError(
      checker.ruleErrors
        .map(({ ruleId, error }) => `${file}: rules[${rules.findIndex((r) => r.id === ruleId)}] (${ruleId}): ${error}`)
        .join('\n'),
    );
  }

  if (values.batch) {
    for (const line of readBatch(values.batch, batchLineSchema(platforms), io)) {
      const findings = checker.check(line.text, {
        platform: line.platform ?? platform,
        kind: line.kind ?? kind,
      });
      io.out(JSON.stringify({ id: line.id, findings: findings.map(publicShape) }));
    }
    return 0;
  }

  const text = positionals.join(' ');
  const findings = checker.check(text, { platform, kind });
  if (values.json) io.out(JSON.stringify({ findings: findings.map(publicShape) }));
  else printReadable(text, findings, io);
  return 0;
}

/** The contract's finding shape (the ignore `key` is an engine-side extra). */
function publicShape(finding: ToneFinding) {
  return FindingSchema.parse(finding);
}

function printReadable(text: string, findings: ToneFinding[], io: CliIO): void {
  const summary = summarize(findings);
  if (!findings.length) {
    io.out('clean: no findings');
    return;
  }
  for (const f of findings) {
    const fix = f.fix === undefined ? '' : `\n      fix: «${f.fix}»`;
    io.out(`${f.severity.toUpperCase().padEnd(5)} ${f.category} [${f.start}–${f.end}] «${text.slice(f.start, f.end)}»\n      ${f.message}${fix}`);
  }
  io.out(`${summary.status}: ${summary.blocks} block, ${summary.warnings} warn, ${findings.length} total`);
}
