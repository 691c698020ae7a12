import { fillPlaceholders } from '../../../lib/engine/suggest/placeholders';

export type BodyPart = { text: string } | { placeholder: string };

/**
 * The body cut into plain text and placeholders, for a preview that marks what is still empty.
 * Each placeholder is filled with a private-use marker by the engine's own filler, so what counts
 * as a placeholder here is exactly what the engine (and insertion) consider one.
 */
export function splitByPlaceholders(body: string, names: string[]): BodyPart[] {
  const markers = Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE001`]));
  const marked = fillPlaceholders(body, markers).text;
  return marked
    .split(/\uE000(\d+)\uE001/)
    .map((piece, index): BodyPart => (index % 2 === 1 ? { placeholder: names[Number(piece)]! } : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
