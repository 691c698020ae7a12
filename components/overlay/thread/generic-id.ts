/**
 * The thread id where no site adapter names the conversation: the page address (query and hash
 * often carry unrelated state, so they are left out). Manual SLA timers and tone ignores use it.
 */
export function genericThreadId(where: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `generic:${where.origin}${where.pathname}`;
}
