type RuntimeHolder = { runtime?: { id?: string } };

/**
 * Whether this content script still talks to a live extension: the runtime id disappears once the
 * extension was reloaded, updated or removed, and every `browser.*` call throws from then on. Read
 * from the globals (no polyfill needed for one field), so the document_start script can use it too.
 */
export function extensionAlive(): boolean {
  try {
    const scope = globalThis as { chrome?: RuntimeHolder; browser?: RuntimeHolder };
    return !!(scope.browser?.runtime?.id ?? scope.chrome?.runtime?.id);
  } catch {
    return false;
  }
}
