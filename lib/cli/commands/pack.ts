import type { CliIO } from '../io';

export async function runPack(_args: string[], io: CliIO): Promise<number> {
  io.err('not implemented yet');
  return 1;
}
