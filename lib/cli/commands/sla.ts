import { parseArgs } from 'node:util';
import { buildReport } from '../../engine/sla';
import { parseIsoInstant, SlaEventSchema, SlaPolicySchema } from '../../schema/policy';
import { CliError, readBatch, readJson, type CliIO } from '../io';

const OPTIONS = {
  policy: { type: 'string' },
  events: { type: 'string' },
  now: { type: 'string' },
  json: { type: 'boolean' }, // accepted for symmetry with the other commands: the report is always JSON
} as const;

/** `sla --policy FILE --events FILE.jsonl --now ISO`: prints the contract's SLA report as JSON. */
export async function runSla(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
  const policyFile = required(values.policy, '--policy FILE');
  const eventsFile = required(values.events, '--events FILE.jsonl');
  const nowText = required(values.now, '--now ISO');
  const now = parseIsoInstant(nowText);
  if (Number.isNaN(now))
    throw new CliError(`--now: invalid time ${JSON.stringify(nowText)} (expected ISO 8601 with Z or an offset, e.g. 2026-11-20T10:00:00Z)`);
  const policy = readJson(policyFile, SlaPolicySchema);
  const events = readBatch(eventsFile, SlaEventSchema, io);
  io.out(JSON.stringify(buildReport(policy, events, new Date(now)), null, 2));
  return 0;
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new CliError(`sla: missing ${option}`);
  return value;
}
