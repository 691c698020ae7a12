import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from './support/firefox';

/**
 * `web-ext lint` (Mozilla's add-on linter, as run on submission to addons.mozilla.org) on the
 * Firefox PRODUCTION build: no errors, and no warnings from our code. A few warnings come from
 * libraries we bundle and cannot change; each is recognised by the library's own code around
 * the reported position, so any new warning — ours, or a library's new one — fails the test.
 */
interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const THIRD_PARTY: { code: string; what: string; around: RegExp; sameFile?: RegExp }[] = [
  {
    code: 'DANGEROUS_EVAL',
    what: "zod's eval probe (`Function('')`), skipped at run time: every entry sets `jitless` first (lib/schema/jitless.ts)",
    around: /\.jitless\|\|[\s\S]*Cloudflare[\s\S]*Function\(``\)/,
    // The bundle that carries zod carries the `z.config({ jitless: true })` call too.
    sameFile: /jitless:!0/,
  },
  {
    code: 'DANGEROUS_EVAL',
    what: "decimal.js (in recharts) looking up the global object with `Function('return this')`",
    around: /Decimal[\s\S]*Function\(`return this`\)/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    what: "the UI library's `dangerouslySetInnerHTML` support (our code never uses it: checked below)",
    around: /dangerouslySetInnerHTML[\s\S]*__html/,
  },
];

const builtFile = (message: LintMessage) => (message.file ? readFileSync(resolve(FIREFOX_EXTENSION_DIR, message.file), 'utf8') : '');

/** The built file's text around a reported position (the bundle is minified: a few long lines). */
function around(message: LintMessage, before = 600, after = 200): string {
  if (!message.line) return '';
  const line = builtFile(message).split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - before), column + after);
}

const knownAs = (w: LintMessage) =>
  THIRD_PARTY.find((known) => known.code === w.code && known.around.test(around(w)) && (!known.sameFile || known.sameFile.test(builtFile(w))));

function lint(): LintReport {
  const bin = resolve('node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, // no version check against the registry
  });
  const json = run.stdout.slice(run.stdout.indexOf('{'));
  if (!json) throw new Error(`web-ext lint printed no report (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(json) as LintReport;
}

describe('web-ext lint on the Firefox production build', () => {
  const report = lint();
  const describeMessage = (m: LintMessage) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;

  it('reports no errors', () => {
    expect(report.errors.map(describeMessage)).toEqual([]);
  });

  it('reports no warnings from our own code (only known library ones)', () => {
    const ours = report.warnings.filter((w) => !knownAs(w));
    expect(ours.map(describeMessage)).toEqual([]);
    console.log(
      `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, all from bundled libraries:\n` +
        report.warnings.map((w) => `  ${w.code} ${w.file}: ${knownAs(w)!.what}`).join('\n'),
    );
  });

  it('finds none of the patterns it excuses in our own sources', () => {
    // The excuses above are only sound while our code does none of these things itself.
    const grep = spawnSync('grep', ['-rlE', 'dangerouslySetInnerHTML|new Function|\\bFunction\\(|\\beval\\(', 'lib', 'components', 'entrypoints'], { encoding: 'utf8' });
    expect(grep.stdout.trim().split('\n').filter(Boolean)).toEqual([]);
  });
});
