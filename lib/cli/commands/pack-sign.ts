import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parsePackText } from '../../engine/pack';
import { packEdition } from '../../engine/pack/edition';
import { generatePackKeys, signPack, verifyPackSignature } from '../../pack/signature';
import { CliError, readText, type CliIO } from '../io';

export const SIGN_USAGE =
  'usage: pack keygen --out KEY.json | pack sign FILE --key KEY.json [--revision R] [--now ISO] | pack verify FILE --public-key BASE64';

/** The key file `pack keygen` writes: keep it private; publish only `publicKey`. */
const KeyFileSchema = z.object({ publicKey: z.string().min(1), privateKey: z.string().min(1) });

export async function keygen(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
  if (!values.out) throw new CliError(SIGN_USAGE);
  if (existsSync(values.out)) throw new CliError(`${values.out} already exists: a key is never overwritten (choose another --out)`);
  const keys = await generatePackKeys();
  // 0600: the private key is the team's signing authority.
  writeFileSync(values.out, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  io.err(`private key written to ${values.out} (keep it out of the repository)`);
  io.out(keys.publicKey);
  return 0;
}

/**
 * Prints the pack ready to host: validated, with `updatedAt` (now), the `revision` given and an
 * Ed25519 signature over its canonical JSON. The file's own text is signed (not a re-serialised
 * parse), so every field the lead wrote is covered.
 */
export async function sign(args: string[], io: CliIO): Promise<number> {
  // The pack's `version` is the format's number (1); the publisher's label is `revision`.
  if (args.some((arg) => arg === '--version' || arg.startsWith('--version=')))
    throw new CliError('pack sign: the edition label is --revision R (a pack\'s "version" is the format\'s number, always 1)');
  const { values, positionals } = parseArgs({
    args,
    options: { key: { type: 'string' }, revision: { type: 'string' }, now: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1 || !values.key) throw new CliError(SIGN_USAGE);
  const text = readText(file);
  const checked = parsePackText(text);
  if (!checked.ok) throw new CliError(checked.errors.map((error) => `${file}: ${error}`).join('\n'));
  const keys = KeyFileSchema.safeParse(JSON.parse(readText(values.key)));
  if (!keys.success) throw new CliError(`${values.key}: not a key file from \`pack keygen\``);
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new CliError(`--now: not a date: ${values.now}`);
  const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const edition = packEdition(raw, { now, revision: values.revision });
  let signed: Record<string, unknown>;
  try {
    signed = await signPack(edition, keys.data.privateKey, keys.data.publicKey);
  } catch (error) {
    throw new CliError(`${values.key}: cannot sign with this key (${error instanceof Error ? error.message : String(error)})`);
  }
  const again = parsePackText(JSON.stringify(signed));
  if (!again.ok) throw new CliError(again.errors.map((error) => `${file}: ${error}`).join('\n'));
  io.out(JSON.stringify(signed, null, 2));
  return 0;
}

export async function verify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'public-key': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  const publicKey = values['public-key'];
  if (!file || positionals.length > 1 || !publicKey) throw new CliError(SIGN_USAGE);
  let raw: unknown;
  try {
    raw = JSON.parse(readText(file).replace(/^\uFEFF/, ''));
  } catch {
    throw new CliError(`${file}: not JSON`);
  }
  const verdict = await verifyPackSignature(raw, publicKey);
  if (!verdict.ok) throw new CliError(`${file}: signature refused (${verdict.reason})`);
  io.out('ok: signed by this key');
  return 0;
}
