/**
 * Tone checker on real text nobody in this project wrote (`../shared/data/public/real-text`: English
 * support replies from X, Russian Telegram channel posts): findings per 1,000 texts per category and,
 * with the audited verdicts in `test/bench/tone-real-verdicts.json` (ids, rule ids, offsets and
 * true/false only — never text), false findings per 1,000. Texts are read at run time and never
 * printed; when the folder is absent the section is skipped with a message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createToneChecker } from '../../../lib/engine/tone';

interface RealText {
  id: string;
  text: string;
  kind?: 'reply' | 'post';
  platform?: string;
}

interface VerdictFile {
  /** "id|ruleId|start-end" → whether the finding is a real problem by DESIGN.md's definitions. */
  verdicts: Record<string, boolean>;
}

const FILES = ['en_brand_replies.jsonl', 'ru_channel_posts.jsonl'];

/** The key a finding is audited under: the text's id, the rule and the span (offsets only, no text). */
export const verdictKey = (id: string, ruleId: string, start: number, end: number) => `${id}|${ruleId}|${start}-${end}`;

export function realTextPrecision(repoRoot: string, create = createToneChecker, label = ''): void {
  const folder = resolve(repoRoot, '../shared/data/public/real-text');
  const missing = FILES.filter((file) => !existsSync(resolve(folder, file)));
  if (missing.length) {
    console.log(`\nreal text: skipped — ${missing.join(', ')} not found in ${folder} (the public data is not part of the repository)`);
    return;
  }
  const texts = FILES.flatMap((file) =>
    readFileSync(resolve(folder, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as RealText),
  );
  const verdictPath = resolve(repoRoot, 'test/bench/tone-real-verdicts.json');
  const verdicts = existsSync(verdictPath) ? (JSON.parse(readFileSync(verdictPath, 'utf8')) as VerdictFile).verdicts : {};

  // No profile: a team that has not configured anything yet (no brand names, domains or hotlines).
  const checker = create({});
  const rows = new Map<string, { all: number; info: number; yes: number; no: number; unaudited: number }>();
  const row = (category: string) =>
    rows.get(category) ?? rows.set(category, { all: 0, info: 0, yes: 0, no: 0, unaudited: 0 }).get(category)!;
  const unauditedKeys: string[] = [];
  for (const item of texts) {
    for (const finding of checker.check(item.text, { kind: item.kind, platform: item.platform })) {
      const r = row(finding.category);
      r.all++;
      if (finding.severity === 'info') r.info++;
      const key = verdictKey(item.id, finding.ruleId, finding.start, finding.end);
      const verdict = verdicts[key];
      if (verdict === true) r.yes++;
      else if (verdict === false) r.no++;
      else {
        r.unaudited++;
        unauditedKeys.push(key);
      }
    }
  }
  const per1000 = (n: number) => ((n * 1000) / texts.length).toFixed(1);
  console.log(
    `\n${label}real text (${FILES.join(' + ')}: ${texts.length} texts; replies from "Customer Support on Twitter", Thought Vector, ` +
      'CC BY-NC-SA 4.0; posts from "Dataset of Telegram News Posts", NKTKLN, CC BY 4.0), default profile:',
  );
  console.log(
    `${'category'.padEnd(14)} ${'findings'.padStart(8)} ${'/1000'.padStart(7)} ${'info'.padStart(5)} ${'true'.padStart(5)} ${'false'.padStart(6)} ${'false/1000'.padStart(11)} ${'unaudited'.padStart(10)}`,
  );
  for (const [category, r] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `${category.padEnd(14)} ${String(r.all).padStart(8)} ${per1000(r.all).padStart(7)} ${String(r.info).padStart(5)} ${String(r.yes).padStart(5)} ${String(r.no).padStart(6)} ${per1000(r.no).padStart(11)} ${String(r.unaudited).padStart(10)}`,
    );
  if (unauditedKeys.length)
    console.log(`${unauditedKeys.length} findings have no verdict yet (first: ${unauditedKeys.slice(0, 5).join(', ')})`);
}
