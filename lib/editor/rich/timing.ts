/**
 * Frameworks learn about a new DOM selection from `selectionchange`, which the browser fires
 * later as a task; pasting before that would go where the editor last thought the caret was.
 * Resolves after the next selectionchange (or `timeoutMs` when the selection did not move),
 * plus one task so the editor's own listener has run.
 */
export function selectionSettled(doc: Document, timeoutMs = 60): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Waits until `changed()` holds, checking after each task: React and Lexical render an accepted
 * paste in a microtask or the next frame, not inside the event. False after `timeoutMs`.
 */
export async function waitUntil(changed: () => boolean, timeoutMs = 400, stepMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    if (changed()) return true;
    if (Date.now() >= deadline) return false;
  }
}
