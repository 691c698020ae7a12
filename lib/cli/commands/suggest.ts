import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createSuggestIndex, type Pick, type SuggestIndex, type Suggestion } from '../../engine/suggest';
import { PlatformSchema, type Pack, type Platform } from '../../schema/pack';
import { CliError, readBatch, readJsonLines, type CliIO } from '../io';
import { readPackFile } from './pack';

const USAGE = 'usage: suggest --pack FILE [--k 3] [--learn PICKS.jsonl] [--platform P] [--json] (TEXT | --batch IN.jsonl)';

/** A batch line: extra keys (expected answers, language) are allowed and ignored. */
const BatchLineSchema = z.looseObject({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  platform: PlatformSchema.optional(),
});

/** A pick must name a reply of the pack: a typo in an id would silently teach nothing. */
function pickLineSchema(pack: Pack) {
  const ids = new Set(pack.replies.map((reply) => reply.id));
  return z.object({
    text: z.string(),
    replyId: z.string().refine((id) => ids.has(id), { error: 'no reply with this id in the pack' }),
  });
}

function parseK(raw: string): number {
  const k = Number(raw);
  if (!Number.isInteger(k) || k < 1 || k > 100) throw new CliError(`suggest: --k must be a whole number from 1 to 100, got "${raw}"`);
  return k;
}

function parsePlatform(raw: string | undefined): Platform | undefined {
  if (raw === undefined) return undefined;
  const parsed = PlatformSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(`suggest: unknown --platform "${raw}" (use ${PlatformSchema.options.join(', ')})`);
  return parsed.data;
}

function printList(suggestions: Suggestion[], pack: Pack, io: CliIO): void {
  if (!suggestions.length) {
    io.out('no suggestion: nothing in the library fits this message');
    return;
  }
  const titles = new Map(pack.replies.map((reply) => [reply.id, reply.title]));
  suggestions.forEach(({ replyId, score }, i) =>
    io.out(`${i + 1}. ${replyId}  (score ${score.toFixed(2)})  ${titles.get(replyId) ?? ''}`.trimEnd()),
  );
}

function runBatch(file: string, index: SuggestIndex, k: number, platform: Platform | undefined, io: CliIO): void {
  for (const line of readBatch(file, BatchLineSchema, io)) {
    const suggestions = index.suggest(line.text, { k, platform: line.platform ?? platform });
    io.out(JSON.stringify({ id: line.id, suggestions }));
  }
}

export async function runSuggest(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      pack: { type: 'string' },
      k: { type: 'string', default: '3' },
      learn: { type: 'string' },
      batch: { type: 'string' },
      platform: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (!values.pack) throw new CliError(`suggest: --pack FILE is required\n${USAGE}`);
  const text = positionals.join(' ');
  if (values.batch !== undefined && text) throw new CliError(`suggest: give either TEXT or --batch, not both\n${USAGE}`);
  if (values.batch === undefined && !text.trim()) throw new CliError(`suggest: nothing to rank: give TEXT or --batch IN.jsonl\n${USAGE}`);
  const k = parseK(values.k);
  const platform = parsePlatform(values.platform);

  const pack = readPackFile(values.pack, io);
  const picks: Pick[] = values.learn ? readJsonLines(values.learn, pickLineSchema(pack)) : [];
  const index = createSuggestIndex(pack.replies, picks);

  if (values.batch !== undefined) runBatch(values.batch, index, k, platform, io);
  else {
    const suggestions = index.suggest(text, { k, platform });
    if (values.json) io.out(JSON.stringify({ suggestions }));
    else printList(suggestions, pack, io);
  }
  return 0;
}
