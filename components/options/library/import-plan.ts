import { containsHtmlMarkup, DEFAULT_MAX_PACK_BYTES, parsePackText, parseRepliesCsv } from '../../../lib/engine/pack';
import { plainCsvErrors, plainPackErrors, plainSchemaErrors } from '../../../lib/pack/import-errors';
import { PackSchema, type Pack, type PackInput, type Reply } from '../../../lib/schema/pack';
import type { PackRecord } from '../../../lib/schema/storage';
import { exportPack, listPacks, listReplies, type ImportResult, type PackSnapshot } from '../../../lib/storage/library';
import { deletePack, importPack, restorePack } from '../../../lib/storage/library-writes'; // through the background
import { formatMegabytes, lang, t } from '../i18n';

/** Files above this are refused before reading: a real pack is far smaller, and reading blocks the page. */
export const MAX_IMPORT_BYTES = DEFAULT_MAX_PACK_BYTES;

export type ImportPlan =
  /** `reason` replaces the generic "not imported" headline when one sentence says it all. */
  | { ok: false; fileName: string; errors: string[]; reason?: string }
  | {
      ok: true;
      fileName: string;
      pack: Pack;
      origin: { source: PackRecord['source']; url?: string };
      warnings: string[];
      /** What the file brings (a CSV merged into a pack brings fewer replies than the pack holds). */
      imported: { replies: number; rules: number; updated: number };
      /** Set when the pack id exists and importing replaces it: ask first. */
      replacing?: { name: string; replies: number };
    };
export type ReadyPlan = Extract<ImportPlan, { ok: true }>;

const fail = (fileName: string, ...errors: string[]): ImportPlan => ({ ok: false, fileName, errors });
const refuse = (fileName: string, reason: string): ImportPlan => ({ ok: false, fileName, errors: [], reason });

function kindOf(file: File): 'json' | 'csv' | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  return undefined;
}

/**
 * Checks and parses a dropped or chosen file without writing anything. A JSON file is a pack; a
 * CSV file holds replies for `target` (the selected pack) or, with no target, for a new pack
 * named after the file.
 */
export async function planImport(file: File, target: PackRecord | undefined): Promise<ImportPlan> {
  const fileName = file.name;
  if (file.size > MAX_IMPORT_BYTES)
    return refuse(
      fileName,
      t('importTooLarge', { file: fileName, size: formatMegabytes(file.size), limit: formatMegabytes(MAX_IMPORT_BYTES) }),
    );
  const kind = kindOf(file);
  if (!kind) return refuse(fileName, t('importUnsupported', { file: fileName }));

  const text = await file.text();
  if (kind === 'json') {
    const parsed = parsePackText(text, { maxBytes: MAX_IMPORT_BYTES });
    if (!parsed.ok) return fail(fileName, ...plainPackErrors(text, parsed.errors, lang));
    const { pack, warnings } = parsed;
    const imported = { replies: pack.replies.length, rules: pack.rules.length, updated: 0 };
    return withReplaceCheck({ ok: true, fileName, pack, origin: { source: 'file' }, warnings, imported });
  }

  const parsed = parseRepliesCsv(text);
  if (!parsed.ok) return fail(fileName, ...plainCsvErrors(parsed.errors, lang));
  if (target) return planCsvInto(target, parsed.replies, fileName);
  const name = fileName.replace(/\.csv$/i, '').trim() || fileName;
  return checkedPlan({ name, replies: parsed.replies }, fileName, { source: 'file' }, { replies: parsed.replies.length, updated: 0 });
}

/** CSV replies join the pack's own; a row with an existing reply id replaces that reply. */
async function planCsvInto(target: PackRecord, replies: Reply[], fileName: string): Promise<ImportPlan> {
  const current = await exportPack(target.id);
  const byId = new Map(current.replies.map((r) => [r.id, r]));
  const updated = replies.filter((r) => byId.has(r.id)).length;
  for (const reply of replies) byId.set(reply.id, reply);
  const merged: PackInput = { ...current, updatedAt: undefined, replies: [...byId.values()] };
  const origin = { source: target.source, url: target.url };
  // Adding to the pack the user chose is no replacement: no question, but Undo still works.
  return checkedPlan(merged, fileName, origin, { replies: replies.length, updated }, false);
}

/** Checks the pack assembled from CSV rows with the schema, as a JSON file would be. */
async function checkedPlan(
  input: PackInput,
  fileName: string,
  origin: ReadyPlan['origin'],
  counts: { replies: number; updated: number },
  askBeforeReplacing = true,
): Promise<ImportPlan> {
  const schema = PackSchema.safeParse(input);
  if (!schema.success) return fail(fileName, ...plainSchemaErrors(schema.error, input, lang));
  const { data: pack } = schema;
  const plan: ReadyPlan = {
    ok: true, fileName, pack, origin, warnings: htmlWarnings(pack.replies), imported: { ...counts, rules: 0 },
  };
  return askBeforeReplacing ? withReplaceCheck(plan) : plan;
}

/** The CSV reader has no warnings of its own; HTML in a reply is worth one, as for JSON packs. */
function htmlWarnings(replies: readonly Reply[]): string[] {
  return replies
    .filter((r) => [r.title, r.body, ...r.examples].some(containsHtmlMarkup))
    .map((r) => t('importHtmlWarning', { id: r.id }));
}

async function withReplaceCheck(plan: ReadyPlan): Promise<ImportPlan> {
  const existing = (await listPacks()).find((p) => p.id === plan.pack.id);
  if (!existing) return plan;
  return { ...plan, replacing: { name: existing.name, replies: (await listReplies(existing.id)).length } };
}

export interface CommittedImport {
  result: ImportResult;
  /** What the pack was before, when the import changed an existing pack (for Undo). */
  before?: PackSnapshot;
}

/** Writes the pack in one transaction (all or nothing), keeping what it overwrites for Undo. */
export async function commitImport(plan: ReadyPlan): Promise<CommittedImport> {
  const before = await snapshotOf(plan.pack.id);
  const result = await importPack(plan.pack, plan.origin);
  return { result, before };
}

async function snapshotOf(packId: string): Promise<PackSnapshot | undefined> {
  const pack = (await listPacks()).find((p) => p.id === packId);
  return pack && { pack, replies: await listReplies(packId) };
}

/** Puts an overwritten pack back exactly as it was (the imported replies go). */
export async function undoReplace(before: PackSnapshot): Promise<void> {
  await deletePack(before.pack.id);
  await restorePack(before);
}
