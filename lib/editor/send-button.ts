/**
 * The button that sends what the composer holds. Site adapters know their own (pass `selector`);
 * in generic mode it is the submit button of the composer's form, or else the nearest button
 * after the composer whose text or label says "send".
 */
export interface SendButtonOptions {
  /** An adapter's selector for the send button, looked up around the composer. */
  selector?: string;
}

const SEND_WORDS = /(?<![\p{L}\p{N}])(?:отправить|ответить|опубликовать|send|post|reply)(?![\p{L}\p{N}])/iu;
const SUBMIT = 'button[type="submit"], input[type="submit"], button:not([type])';
const BUTTONS = 'button, [role="button"], input[type="submit"], input[type="button"]';
/** How far up from the composer a labelled button is looked for: its toolbar, not the whole page. */
const MAX_LEVELS = 6;

export function findSendButton(composer: HTMLElement, options: SendButtonOptions = {}): HTMLElement | null {
  // An adapter's selector is trusted wherever the button sits (some toolbars come first).
  if (options.selector) return nearest(composer, options.selector, { mustFollow: false });
  const form = composer.closest('form');
  const submit = form?.querySelector<HTMLElement>(SUBMIT);
  if (submit) return submit;
  return nearest(composer, BUTTONS, { mustFollow: true, accept: (button) => SEND_WORDS.test(labelOf(button)) });
}

/** The composer's send button when `target` is it or inside it (an icon in the button), else null. */
export function isSendButtonTarget(target: EventTarget | null, composer: HTMLElement, options?: SendButtonOptions): HTMLElement | null {
  // Most clicks are on no button at all: answered without searching the composer's surroundings.
  if (!(target instanceof Element) || (!options?.selector && !target.closest(BUTTONS))) return null;
  const button = findSendButton(composer, options);
  return button && button.contains(target) ? button : null;
}

interface Match {
  /** Only candidates after the composer in document order. */
  mustFollow: boolean;
  accept?: (el: HTMLElement) => boolean;
}

/** The first match in the closest ancestor of the composer that has one. */
function nearest(composer: HTMLElement, selector: string, { mustFollow, accept }: Match): HTMLElement | null {
  let scope = composer.parentElement;
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = scope.parentElement) {
    for (const candidate of scope.querySelectorAll<HTMLElement>(selector)) {
      if (composer.contains(candidate)) continue;
      if (mustFollow && !(composer.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      if (!accept || accept(candidate)) return candidate;
    }
    if (scope === composer.ownerDocument.body) break;
  }
  return null;
}

function labelOf(el: HTMLElement): string {
  const value = el instanceof HTMLInputElement ? el.value : '';
  return [el.getAttribute('aria-label'), el.textContent, value, el.title].filter(Boolean).join(' ').trim();
}
