/**
 * A matcher for one normalised word: any word starting with one of `stems` (word forms, hyphenated
 * compounds), or exactly one of `exact`. Both are space-separated lists, kept readable in detectors.
 */
export function wordRegex(stems: string, exact = ''): RegExp {
  const alternatives: string[] = [];
  const stemList = stems.split(/\s+/).filter(Boolean);
  const exactList = exact.split(/\s+/).filter(Boolean);
  if (stemList.length) alternatives.push(`(?:${stemList.map(escape).join('|')})[\\p{L}\\p{N}'’-]*`);
  alternatives.push(...exactList.map(escape));
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'u');
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
