import type { Pack } from '../../schema/pack';

/**
 * The pack in the full interchange format, keys in the documented order, pretty-printed.
 * Optional fields that are not set are left out rather than written as null.
 */
export function packToJson(pack: Pack): string {
  const ordered = {
    format: pack.format,
    version: pack.version,
    id: pack.id,
    name: pack.name,
    locale: pack.locale,
    revision: pack.revision,
    updatedAt: pack.updatedAt,
    profile: pack.profile,
    slaPolicy: pack.slaPolicy,
    crisis: pack.crisis,
    replies: pack.replies.map((reply) => ({
      id: reply.id,
      title: reply.title,
      body: reply.body,
      tags: reply.tags,
      lang: reply.lang,
      shortcut: reply.shortcut,
      examples: reply.examples,
      platforms: reply.platforms,
      // Each reply carries its extractors (the pack's shared ones were copied in at import).
      placeholders: reply.placeholders,
    })),
    rules: pack.rules,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
