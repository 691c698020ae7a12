import { packSigningText } from '../engine/pack/canonical-json';
import { PackSignatureSchema } from '../schema/pack';

/**
 * Ed25519 pack signatures through WebCrypto (Node ≥ 20, Chromium ≥ 137, Firefox ≥ 129): the
 * signature covers the canonical JSON of the pack without its `signature` member. Keys travel as
 * base64: the public key raw (32 bytes), the private key PKCS #8.
 */
const ED25519 = { name: 'Ed25519' } as const;

const toBase64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text.trim());
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

export interface PackKeyPair {
  publicKey: string;
  privateKey: string;
}

export async function generatePackKeys(): Promise<PackKeyPair> {
  const keys = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    publicKey: toBase64(await crypto.subtle.exportKey('raw', keys.publicKey)),
    privateKey: toBase64(await crypto.subtle.exportKey('pkcs8', keys.privateKey)),
  };
}

/** Whether `text` is a public key as published: base64 of the 32 raw Ed25519 bytes. */
export function isPublicKeyText(text: string): boolean {
  return fromBase64(text)?.length === 32;
}

/** A short, stable name of a public key for people: its first 8 base64 characters. */
export const keyIdOf = (publicKey: string) => publicKey.trim().slice(0, 8);

/** The pack with a fresh `signature` made with `privateKey` (base64 PKCS #8); `publicKey` names it. */
export async function signPack(pack: Record<string, unknown>, privateKey: string, publicKey: string): Promise<Record<string, unknown>> {
  const der = fromBase64(privateKey);
  if (!der) throw new Error('the private key is not base64');
  const key = await crypto.subtle.importKey('pkcs8', der, ED25519, false, ['sign']);
  const signature = await crypto.subtle.sign(ED25519, key, new TextEncoder().encode(packSigningText(pack)));
  return { ...pack, signature: { alg: 'Ed25519', keyId: keyIdOf(publicKey), value: toBase64(signature) } };
}

export type SignatureVerdict = { ok: true } | { ok: false; reason: 'unsigned' | 'bad-key' | 'malformed' | 'mismatch' };

/** Whether `raw` (the parsed JSON as published) carries a valid signature by `publicKey` (base64 raw). */
export async function verifyPackSignature(raw: unknown, publicKey: string): Promise<SignatureVerdict> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'malformed' };
  const pack = raw as Record<string, unknown>;
  if (pack.signature === undefined) return { ok: false, reason: 'unsigned' };
  const parsed = PackSignatureSchema.safeParse(pack.signature);
  const signature = parsed.success ? fromBase64(parsed.data.value) : undefined;
  if (!signature) return { ok: false, reason: 'malformed' };
  const rawKey = fromBase64(publicKey);
  if (!rawKey || rawKey.length !== 32) return { ok: false, reason: 'bad-key' };
  try {
    const key = await crypto.subtle.importKey('raw', rawKey, ED25519, false, ['verify']);
    const valid = await crypto.subtle.verify(ED25519, key, signature, new TextEncoder().encode(packSigningText(pack)));
    return valid ? { ok: true } : { ok: false, reason: 'mismatch' };
  } catch {
    return { ok: false, reason: 'bad-key' };
  }
}
