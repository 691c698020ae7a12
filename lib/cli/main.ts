#!/usr/bin/env -S npx tsx
import { CliError, processIO, type CliIO } from './io';
import { runSuggest } from './commands/suggest';
import { runCheck } from './commands/check';
import { runSla } from './commands/sla';
import { runPack } from './commands/pack';

const USAGE = `trustops <command>
  suggest --pack FILE [--k 3] [--learn PICKS.jsonl] [--platform P] [--json] (TEXT | --batch IN.jsonl)
  check [--profile FILE] [--rules PACK.json] [--platform P] [--kind reply|post] [--json] (TEXT | --batch IN.jsonl)
  sla --policy FILE --events FILE.jsonl --now ISO
  pack validate FILE
  pack import-csv FILE.csv
  pack keygen --out KEY.json
  pack sign FILE --key KEY.json [--revision R] [--now ISO]
  pack verify FILE --public-key BASE64`;

type Command = (args: string[], io: CliIO) => Promise<number> | number;
const COMMANDS: Record<string, Command> = { suggest: runSuggest, check: runCheck, sla: runSla, pack: runPack };

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(name && name !== '--help' ? `unknown command "${name}"\n${USAGE}` : USAGE);
    return name === '--help' ? 0 : 1;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return 1;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${e.message}\n${USAGE}`);
      return 1;
    }
    // Anything else is our bug or the system's: one line, never a stack trace (TRUSTOPS_DEBUG=1 shows it).
    io.err(`${name}: unexpected error: ${oneLine(e)}`);
    if (process.env.TRUSTOPS_DEBUG) io.err(String((e as Error)?.stack ?? e));
    return 1;
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  const line = text.replace(/\s+/g, ' ').trim() || 'no message';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

const invokedDirectly = process.argv[1] && /lib[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (invokedDirectly) main(process.argv.slice(2)).then((code) => (process.exitCode = code));
