/** Quotes the engine's messages open with, around the flagged words: «…», "…", “…”. */
const LEADING_QUOTE = /^[«"“„]([^»"”]{1,200})[»"”]\s*(?::\s*)?/u;

/**
 * A finding's message for its one-line row, where the flagged words are already shown in bold
 * just before it: a message that opens by quoting those same words («напиши» — обращение на «ты»…)
 * loses that quote, so the line spends its width on the reason. Any other message is kept whole.
 */
export function shortMessage(message: string, words: string): string {
  const quoted = LEADING_QUOTE.exec(message);
  if (!quoted || quoted[1]!.replace(/\s+/g, ' ').toLowerCase() !== words.replace(/\s+/g, ' ').toLowerCase()) return message;
  const rest = message.slice(quoted[0].length);
  return rest.trim() ? rest : message;
}
