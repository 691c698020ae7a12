import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { findSendButton } from '../../../lib/editor/send-button';
import { useFollowComposer } from '../useFollowComposer';
import { viewport } from '../usePlacement';
import { placeStrip, type StripPlacement } from './strip-placement';

/** Until the strip has been measured once. */
const ASSUMED_HEIGHT = 90;

const same = (a: StripPlacement | null, b: StripPlacement) =>
  !!a && a.left === b.left && a.top === b.top && a.width === b.width && a.maxHeight === b.maxHeight;

/**
 * Keeps the findings strip attached to the composer, clear of its send button, through scrolling, resizing and changes of
 * the composer's or the strip's size; at most once per animation frame. Returns a callback ref
 * for the strip's content, whose height decides whether it fits below the composer.
 */
export function useStripPlacement(composer: HTMLElement | null) {
  const [placement, setPlacement] = useState<StripPlacement | null>(null);
  const content = useRef<HTMLElement | null>(null);
  /** Looked up once per composer (not on every scroll frame); again if the page replaced it. */
  const sendButton = useRef<{ composer: HTMLElement; button: HTMLElement | null } | null>(null);

  const update = useCallback(() => {
    if (!composer?.isConnected) return setPlacement(null);
    const known = sendButton.current;
    if (known?.composer !== composer || (known.button && !known.button.isConnected))
      sendButton.current = { composer, button: findSendButton(composer) };
    const button = sendButton.current?.button;
    const avoid = button ? [button.getBoundingClientRect()] : [];
    const height = content.current?.offsetHeight || ASSUMED_HEIGHT;
    const next = placeStrip(composer.getBoundingClientRect(), height, viewport(), avoid);
    setPlacement((previous) => (same(previous, next) ? previous : next));
  }, [composer]);

  const measureRef = useFollowComposer(composer, update, content);

  useLayoutEffect(update, [update]);

  return { placement, measureRef };
}
