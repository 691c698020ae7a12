// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { acceptTrustedInputOnly, PANEL_INPUT_EVENTS } from '../../components/overlay/trusted-events';
import { swallowStartSignals } from '../../entrypoints/overlay.content/started-guard';
import { debugClockOffset, nowWithOffset } from '../../lib/clock';
import { CONTENT_SCRIPT_MATCHES, LOCAL_MATCHES } from '../../lib/sites/hosts';
import { neutralElementName } from '../../lib/random-names';

/** Points 1, 2, 4 and 5 of the hardening issue where a unit can show them (the e2e suite is test/e2e/hostile.spec.ts). */

describe('the panel acts on the user’s input only', () => {
  it('drops every kind of input a script dispatches inside the panel, default action included', () => {
    const root = document.createElement('div');
    const button = document.createElement('button');
    const form = document.createElement('form');
    form.append(button);
    root.append(form);
    document.body.append(root);
    const stop = acceptTrustedInputOnly(root);
    const seen = vi.fn();
    for (const type of PANEL_INPUT_EVENTS) button.addEventListener(type, seen);
    for (const type of PANEL_INPUT_EVENTS) {
      const event = new Event(type, { bubbles: true, cancelable: true });
      button.dispatchEvent(event);
      expect(event.defaultPrevented, type).toBe(true);
    }
    expect(seen).not.toHaveBeenCalled();
    stop();
    button.dispatchEvent(new Event('click', { bubbles: true }));
    expect(seen).toHaveBeenCalledTimes(1);
    root.remove();
  });
});

describe('WXT’s "newer script started" signal', () => {
  const type = 'x:overlay:wxt:content-script-started';
  vi.mock('wxt/utils/content-script-context', () => ({ ContentScriptContext: { SCRIPT_STARTED_MESSAGE_TYPE: 'x:overlay:wxt:content-script-started' } }));

  /** WXT listens on document; a page (or the next instance) dispatches the event there. */
  function dispatchStarted(alive: boolean): boolean {
    const wxt = vi.fn();
    document.addEventListener(type, wxt);
    const stop = swallowStartSignals(type, window, () => alive);
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'overlay', messageId: 'forged' } }));
    stop();
    document.removeEventListener(type, wxt);
    return wxt.mock.calls.length > 0;
  }

  it('is swallowed while the extension is alive (a page forging it changes nothing)', () => {
    expect(dispatchStarted(true)).toBe(false);
  });

  it('passes once the extension context is gone, so WXT retires the orphaned instance', () => {
    expect(dispatchStarted(false)).toBe(true);
  });
});

describe('what the page can see of us', () => {
  it('names its element at random, validly, without "trustops"', () => {
    const names = new Set(Array.from({ length: 50 }, neutralElementName));
    expect(names.size).toBeGreaterThan(45);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]+-[a-z]+$/);
      expect(name).not.toContain('trustops');
      expect(() => document.createElement(name).attachShadow({ mode: 'closed' })).not.toThrow();
    }
  });
});

describe('test-only parts are not in production', () => {
  // Unit tests run as the production build (WXT_TEST_BUILD unset).
  it('content scripts do not match loopback pages', () => {
    for (const local of LOCAL_MATCHES) expect(CONTENT_SCRIPT_MATCHES).not.toContain(local);
  });

  it('the storage.local clock offset is ignored, unless the build enables it', () => {
    expect(debugClockOffset(3_600_000)).toBe(0);
    expect(debugClockOffset(3_600_000, true)).toBe(3_600_000);
    expect(debugClockOffset('junk', true)).toBe(0);
    const before = Date.now();
    expect(nowWithOffset(86_400_000)).toBeLessThan(before + 60_000);
    expect(nowWithOffset(86_400_000, true)).toBeGreaterThanOrEqual(before + 86_400_000);
  });
});
