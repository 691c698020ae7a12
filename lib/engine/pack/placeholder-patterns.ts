import type { Pack } from '../../schema/pack';
import { placeholderPatternProblem } from '../suggest/prefill-pattern';

/**
 * Plain-language errors for the pack's placeholder extractors that cannot run safely, naming the
 * placeholder (and the reply, for a reply's own). Pack-level extractors are reported once, not
 * once per reply they were copied into.
 */
export function placeholderPatternErrors(pack: Pack): string[] {
  const errors: string[] = [];
  const shared = pack.placeholders ?? {};
  for (const [name, { pattern }] of Object.entries(shared)) {
    const problem = placeholderPatternProblem(name, pattern);
    if (problem) errors.push(`Pack: ${problem}`);
  }
  pack.replies.forEach((reply, index) => {
    for (const [name, { pattern }] of Object.entries(reply.placeholders ?? {})) {
      if (Object.hasOwn(shared, name) && shared[name]!.pattern === pattern) continue;
      const problem = placeholderPatternProblem(name, pattern);
      if (problem) errors.push(`Reply ${index + 1} ("${reply.title.slice(0, 60)}"), ${problem}`);
    }
  });
  return errors;
}
