import { formatIssues } from '../../../../lib/schema/issues';
import { BrandProfileSchema, type BrandProfile } from '../../../../lib/schema/profile';
import { readJsonFile } from '../json-file';

/**
 * The profile file is DESIGN.md's profile JSON, the same that `trustops check --profile` reads:
 * `{ addressForm, allowedDomains, hotlines, brandNames, abbreviations, limits, severities }`.
 */
export function profileToJson(profile: BrandProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Reads and checks a profile file; errors name the JSON path (`allowedDomains[2]: …`). */
export async function readProfileFile(file: File): Promise<{ ok: true; profile: BrandProfile } | { ok: false; errors: string[] }> {
  const read = await readJsonFile(file);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const parsed = BrandProfileSchema.safeParse(read.value);
  return parsed.success ? { ok: true, profile: parsed.data } : { ok: false, errors: formatIssues(parsed.error) };
}
