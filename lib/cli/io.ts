import { readFileSync, statSync, type Stats } from 'node:fs';
import type { z } from 'zod';
import { formatIssues } from '../schema/issues';

/** An input problem: printed to stderr as "file:line: reason", exit code 1. */
export class CliError extends Error {}

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

// `trustops ... | head` closes the pipe early: stop quietly instead of crashing on EPIPE; any other
// write error is one line, never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`cannot write the output: ${error.message}\n`);
  process.exit(1);
});

export const processIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export function readText(file: string): string {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch {
    throw new CliError(`${file}: cannot read the file (does it exist?)`);
  }
  if (stats.isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
  if (stats.size > MAX_INPUT_BYTES) throw new CliError(`${file}: file is too large (${stats.size} bytes, at most ${MAX_INPUT_BYTES})`);
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new CliError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readText(file));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${file}: invalid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new CliError(formatIssues(parsed.error).map((l) => `${file}: ${l}`).join('\n'));
  return parsed.data;
}

/** Reads JSON lines, validating each; blank lines are skipped; errors name the line number. */
export function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  const rows: T[] = [];
  const problems: string[] = [];
  readText(file)
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (!line.trim()) return;
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch (e) {
        problems.push(`${file}:${index + 1}: invalid JSON: ${(e as Error).message}`);
        return;
      }
      const parsed = schema.safeParse(data);
      if (parsed.success) rows.push(parsed.data);
      else problems.push(...formatIssues(parsed.error).map((l) => `${file}:${index + 1}: ${l}`));
    });
  if (problems.length) throw new CliError(problems.slice(0, 50).join('\n'));
  return rows;
}

/** readJsonLines for a batch or events file: a file without a single line is worth a warning. */
export function readBatch<T>(file: string, schema: z.ZodType<T>, io: CliIO): T[] {
  const rows = readJsonLines(file, schema);
  if (!rows.length) io.err(`${file}: warning: the file has no lines, nothing to do`);
  return rows;
}
