import type { z } from 'zod';

/** Formats a zod error as lines "path: reason" with JSON paths like `replies[3].body`. */
export function formatIssues(error: z.ZodError, root = ''): string[] {
  return error.issues.map((issue) => `${jsonPath(issue.path, root) || '(root)'}: ${issue.message}`);
}

export function jsonPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
