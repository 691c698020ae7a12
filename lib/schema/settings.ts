import { z } from 'zod';

/**
 * User settings. Small, so they may sync through `storage.sync` when the user opts in (quota:
 * 8 KB per item). Brand profile and SLA policy are added by their features as optional keys.
 */
export const SettingsSchema = z.object({
  language: z.enum(['auto', 'ru', 'en']).default('auto'),
  /** Panel opens by itself beside a focused composer; off = only by the shortcut. */
  autoOpenPanel: z.boolean().default(true),
  suggestionsCount: z.number().int().min(1).max(10).default(5),
  syncEnabled: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
