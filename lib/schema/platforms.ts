/**
 * Platform ids, kept free of zod so the content script can use them without bundling zod
 * (its size and start-up cost count on every page load). PlatformSchema is built from this list.
 */
export const PLATFORMS = ['vk', 'telegram', 'x', 'instagram', 'facebook', 'youtube', 'linkedin', 'mastodon', 'generic'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export function isPlatform(value: string): value is PlatformId {
  return (PLATFORMS as readonly string[]).includes(value);
}
