import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { packToJson, parsePackText, parseRepliesCsv } from '../../engine/pack';
import { formatIssues } from '../../schema/issues';
import { PackSchema, type Pack } from '../../schema/pack';
import { CliError, readText, type CliIO } from '../io';
import { keygen, sign, SIGN_USAGE, verify } from './pack-sign';

const USAGE = `usage: pack validate FILE | pack import-csv FILE.csv [--name NAME]\n${SIGN_USAGE}`;

/**
 * Reads and validates a pack file; warnings go to stderr. Invalid packs throw a CliError whose
 * lines name the file and the JSON path. Shared with `suggest --pack`.
 */
export function readPackFile(file: string, io: CliIO): Pack {
  const result = parsePackText(readText(file));
  if (!result.ok) throw new CliError(result.errors.map((error) => `${file}: ${error}`).join('\n'));
  for (const warning of result.warnings) io.err(`${file}: warning: ${warning}`);
  return result.pack;
}

function validate(args: string[], io: CliIO): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError(USAGE);
  const pack = readPackFile(file, io);
  io.out(`ok: ${pack.replies.length} replies, ${pack.rules.length} rules`);
  return 0;
}

function importCsv(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    options: { name: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new CliError(USAGE);
  if (values.name !== undefined && values.name.trim().length > MAX_NAME)
    throw new CliError(`pack import-csv: --name is too long (${values.name.trim().length} characters, at most ${MAX_NAME})`);
  const result = parseRepliesCsv(readText(file));
  if (!result.ok) throw new CliError(result.errors.map((error) => `${file}: ${error}`).join('\n'));
  const name = (values.name?.trim() || basename(file, extname(file)) || 'Imported replies').slice(0, MAX_NAME);
  const pack = PackSchema.safeParse({ name, replies: result.replies });
  if (!pack.success) throw new CliError(formatIssues(pack.error).slice(0, 50).map((line) => `${file}: ${line}`).join('\n'));
  io.out(packToJson(pack.data).trimEnd());
  return 0;
}

/** PackSchema's limit on a pack name; a file name longer than that is cut, a --name is refused. */
const MAX_NAME = 300;

export async function runPack(args: string[], io: CliIO): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === 'validate') return validate(rest, io);
  if (subcommand === 'import-csv') return importCsv(rest, io);
  if (subcommand === 'keygen') return keygen(rest, io);
  if (subcommand === 'sign') return sign(rest, io);
  if (subcommand === 'verify') return verify(rest, io);
  throw new CliError(subcommand ? `pack: unknown subcommand "${subcommand}"\n${USAGE}` : USAGE);
}
