/**
 * The thread a draft belongs to, for "ignore in this thread" and the audit trail. In generic
 * mode a page address is the best there is (query and hash often carry unrelated state); site
 * adapters will supply real conversation ids.
 */
export function genericThreadId(where: Pick<Location, 'origin' | 'pathname'> = location): string {
  return `generic:${where.origin}${where.pathname}`;
}
