import { z } from 'zod';
import { PLATFORMS } from './platforms';
import { ToneRuleSchema } from './rules';
import { BrandProfileSchema } from './profile';
import { SlaPolicySchema } from './policy';
import { PackCrisisSchema } from './crisis';

/** Platforms a reply or a rule may be limited to; `generic` is any other page. */
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

const text = (max: number) => z.string().max(max);

/**
 * A pack's own extractors for reply placeholders, by placeholder name (without braces): a regex
 * with one group whose match in the customer's message prefills the field. The pattern's safety
 * (RE2 syntax, one group, size) is checked at import (lib/engine/pack/parse-pack.ts).
 */
export const PlaceholderPatternsSchema = z
  .record(
    z.string(),
    z.object({ pattern: z.string().min(1, 'pattern is empty').max(500), label: text(100).optional() }),
  )
  .refine((map) => Object.keys(map).length <= 50, { message: 'at most 50 placeholders' })
  .superRefine((map, ctx) => {
    for (const name of Object.keys(map))
      if (!/^[\p{L}\p{N}_.-]{1,60}$/u.test(name))
        ctx.addIssue({ code: 'custom', message: `"${name.slice(0, 60)}" is not a placeholder name: use letters, digits, "_", "." or "-"` });
  });
export type PlaceholderPatterns = z.infer<typeof PlaceholderPatternsSchema>;

export const ReplySchema = z.object({
  id: z.string().trim().min(1, 'reply id is empty').max(200),
  title: z.string().trim().min(1, 'title is empty').max(500),
  body: z.string().min(1, 'body is empty').max(20_000),
  tags: z.array(text(100)).max(50).default([]),
  lang: z.string().max(10).optional(),
  shortcut: text(100).optional(),
  examples: z.array(text(2000)).max(500).default([]),
  platforms: z.array(PlatformSchema).default([]),
  /** Extractors for this reply's placeholders (override the pack's for the same name). */
  placeholders: PlaceholderPatternsSchema.optional(),
});
export type Reply = z.infer<typeof ReplySchema>;
export type ReplyInput = z.input<typeof ReplySchema>;

/** A pack's Ed25519 signature over its canonical JSON without this member (lib/pack/signature.ts). */
export const PackSignatureSchema = z.strictObject({
  alg: z.literal('Ed25519'),
  /** The signer's key, named for people (the first characters of the public key). */
  keyId: z.string().max(100).optional(),
  /** base64 of the 64-byte signature. */
  value: z.string().min(1).max(200),
});
export type PackSignature = z.infer<typeof PackSignatureSchema>;

/**
 * The interchange format. The minimal `{ name, replies }` form (no format/version/id) is
 * accepted as version 1; ids are derived from the name when missing.
 */
export const PackSchema = z
  .object({
    format: z.literal('trustops-pack').default('trustops-pack'),
    version: z.literal(1).default(1),
    id: z.string().trim().min(1).max(200).optional(),
    name: z.string().trim().min(1, 'pack name is empty').max(300),
    locale: z.string().max(10).optional(),
    updatedAt: z.string().max(40).optional(),
    replies: z.array(ReplySchema).max(100_000),
    rules: z.array(ToneRuleSchema).max(10_000).default([]),
    /** Extractors shared by every reply of the pack (copied into each reply on import). */
    placeholders: PlaceholderPatternsSchema.optional(),
    /** The publisher's label of this edition ("2026.12.1"); `version` is the format's. */
    revision: z.string().trim().max(100).optional(),
    /** The team's brand profile, applied to the subscriber's settings with the pack. */
    profile: BrandProfileSchema.optional(),
    /** The team's SLA policy, applied to the subscriber's settings with the pack. */
    slaPolicy: SlaPolicySchema.optional(),
    signature: PackSignatureSchema.optional(),
    /** A team-wide crisis (lib/schema/crisis.ts): subscribers' crisis mode turns on when the version is applied. */
    crisis: PackCrisisSchema.optional(),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.replies.forEach((reply, index) => {
      if (seen.has(reply.id))
        ctx.addIssue({ code: 'custom', path: ['replies', index, 'id'], message: `duplicate reply id "${reply.id}"` });
      seen.add(reply.id);
    });
  })
  .transform((pack) => ({ ...pack, id: pack.id ?? slugify(pack.name), replies: withPackPlaceholders(pack) }));
export type Pack = z.output<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

/** Each reply carries the pack's extractors under its own (stored replies travel without their pack). */
function withPackPlaceholders<R extends { placeholders?: PlaceholderPatterns }>(pack: { replies: R[]; placeholders?: PlaceholderPatterns }): R[] {
  const shared = pack.placeholders;
  if (!shared) return pack.replies;
  return pack.replies.map((reply) => ({ ...reply, placeholders: { ...shared, ...reply.placeholders } }));
}

/** A stable ASCII-ish id from a human name (keeps Cyrillic letters; they are valid in ids). */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'pack';
}
