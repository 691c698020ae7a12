import { test as base, expect, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension, PRODUCTION_EXTENSION_DIR } from './support/browser';
import { routeSite } from './support/site-routes';

/**
 * A hostile page, against the PRODUCTION bundle (`wxt build`, not the test build): VK's messenger
 * fixture at https://vk.com with the page's own scripts trying each attack of the hardening issue
 * (points 1–4). Its first script runs before anything else the page has: it hooks attachShadow,
 * listens for WXT's start announcements and for the editor bridge's handshake, and sends the draft
 * on Enter as VK does. Every attack must fail while the user's own path (real mouse and keyboard)
 * still works. The panel's root is closed in production: the test finds what the user sees through
 * the DevTools protocol (which pierces closed roots) and clicks by coordinates, as a person would.
 */

const URL = 'https://vk.com/im/convo/123456789';
const THREAD = 'vk:convo_123456789';
const COMPOSER = '.ConvoComposer__input';
const CARD_DRAFT = 'Проверили оплату: карта 4111 1111 1111 1111, всё в порядке';
const HOURS_QUERY = 'часы работы';

interface StarterReply {
  id: string;
  title: string;
  body: string;
}
const starter: { replies: StarterReply[] } = JSON.parse(readFileSync('lib/storage/starter-pack.json', 'utf8'));
const hours = starter.replies.find((r) => r.id === 'hours')!;
/** What the page must never read: every starter reply's title and the start of its body. */
const SECRETS = starter.replies.flatMap((r) => [r.title, r.body.slice(0, 30)]);

const test = base.extend<{ build: string; context: BrowserContext; extensionId: string }>({
  build: PRODUCTION_EXTENSION_DIR,
  context: async ({ build }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'trustops-hostile-'));
    const context = await launchWithExtension(dir, true, build);
    await use(context);
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

test.skip(!existsSync(resolve(PRODUCTION_EXTENSION_DIR, 'manifest.json')), `no production build in ${PRODUCTION_EXTENSION_DIR}: run \`npx wxt build\``);

/** The page's first script: everything a hostile page can set up before any of its other code. */
function hostileFirstScript(extensionId: string): string {
  const script = (id: string) => {
    const log = {
      globalsAtStart: Object.getOwnPropertyNames(window),
      messages: [] as string[],
      startedHeard: 0,
      handshakeHeard: [] as string[],
      shadowRoots: [] as ShadowRoot[],
      sent: [] as string[],
    };
    (window as unknown as { __hostile: typeof log }).__hostile = log;
    // Point 2: WXT announced each start with postMessage, and fires a CustomEvent on document.
    addEventListener('message', (event) => log.messages.push(JSON.stringify(event.data ?? null)), true);
    const started = `${id}:overlay:wxt:content-script-started`;
    for (const target of [window, document]) target.addEventListener(started, () => log.startedHeard++, true);
    // Point 4: the bridge's handshake and its old fixed request name, if the page could hear them.
    for (const type of ['editor-bridge-hello', 'editor-bridge-ready', 'trustops:editor-request'])
      window.addEventListener(type, () => log.handshakeHeard.push(type), true);
    // Point 1: a shadow root attached from the page's world (even a closed one) would be caught here.
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      log.shadowRoots.push(root);
      return root;
    };
    // The site: Enter in the composer sends the draft, unless something stopped the key.
    document.addEventListener('keydown', (event) => {
      const composer = (event.target as Element | null)?.closest?.('[contenteditable]');
      if (!composer || event.key !== 'Enter' || event.shiftKey || event.defaultPrevented) return;
      event.preventDefault();
      log.sent.push(composer.textContent ?? '');
      composer.textContent = '';
    });
  };
  return `<script>(${script.toString()})(${JSON.stringify(extensionId)});</script>`;
}

async function openHostilePage(context: BrowserContext, extensionId: string): Promise<{ page: Page; cdp: CDPSession }> {
  await routeSite(context, URL, 'vk-convo.html', (html) => html.replace('<head>', `<head>${hostileFirstScript(extensionId)}`));
  const page = await context.newPage();
  await page.goto(URL);
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

// ---- What the user (and the DevTools protocol) sees inside the closed root -------------------------

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

function* walk(node: DomNode, inShadow: string | null = null): Generator<{ node: DomNode; shadow: string | null }> {
  yield { node, shadow: inShadow };
  for (const root of node.shadowRoots ?? []) yield* walk(root, root.shadowRootType ?? 'open');
  for (const child of node.children ?? []) yield* walk(child, inShadow);
}

const attr = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  const at = list.findIndex((value, i) => i % 2 === 0 && value === name);
  return at >= 0 ? list[at + 1] : undefined;
};

const textOf = (node: DomNode): string =>
  node.nodeType === 3 ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');

async function panelNodes(cdp: CDPSession, testId: string) {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return [...walk(root)].filter(({ node }) => attr(node, 'data-testid') === testId);
}

/** Centre of the first element with `testId` (and `text`), wherever it is, closed roots included. */
async function centreOf(cdp: CDPSession, testId: string, text?: string): Promise<{ x: number; y: number }> {
  const found = (await panelNodes(cdp, testId)).find(({ node }) => !text || textOf(node).includes(text));
  if (!found) throw new Error(`no ${testId} on screen`);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: found.node.backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/**
 * The user clicks into the composer. VK's composer spans the thread, so with no room beside it the
 * overlay shows its chip first: the user clicks the chip (a real click, closed roots included) to
 * open the panel, then goes back to typing.
 */
async function focusComposerAndOpenPanel(page: Page, cdp: CDPSession): Promise<void> {
  await page.locator(COMPOSER).click();
  await expect.poll(async () => (await panelNodes(cdp, 'trustops-panel')).length + (await panelNodes(cdp, 'trustops-chip')).length).toBeGreaterThan(0);
  if ((await panelNodes(cdp, 'trustops-panel')).length === 0) {
    const chip = await centreOf(cdp, 'trustops-chip');
    await page.mouse.click(chip.x, chip.y);
    await expect.poll(async () => (await panelNodes(cdp, 'trustops-panel')).length).toBe(1);
    await page.locator(COMPOSER).click();
  }
}

/** The panel's box, to aim the page's synthetic clicks at every button in it. */
async function panelBox(cdp: CDPSession) {
  const [panel] = await panelNodes(cdp, 'trustops-panel');
  if (!panel) throw new Error('no panel');
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: panel.node.backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
}

async function searchValue(cdp: CDPSession): Promise<string> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const input = [...walk(root)].find(({ node }) => node.nodeName === 'INPUT' && attr(node, 'type') === 'search');
  if (!input) throw new Error('no search box');
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: input.node.backendNodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { return this.value; }',
    returnByValue: true,
  })) as { result: { value: string } };
  return result.value;
}

// ---- What is stored, read from an extension page ---------------------------------------------------

async function stored(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const result = await page.evaluate(async (threadId) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('trustops');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = (table: string) =>
      new Promise<unknown[]>((ok) => {
        if (!db.objectStoreNames.contains(table)) return ok([]);
        const read = db.transaction(table).objectStore(table).getAll();
        read.onsuccess = () => ok(read.result);
        read.onerror = () => ok([]);
      });
    const threads = (await all('threads')) as { id: string; status: string; pendingSince: number | null }[];
    const thread = threads.find((t) => t.id === threadId) ?? null;
    const out = { picks: (await all('picks')).length, audit: (await all('audit')).length, thread: thread && { status: thread.status, pendingSince: thread.pendingSince } };
    db.close();
    return out;
  }, THREAD);
  await page.close();
  return result;
}

// ---- The page's attacks ------------------------------------------------------------------------------

/** Everything the page can read: its DOM, every open shadow root, the roots it hooked, the selection. */
async function pageReadableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.outerHTML, document.body.innerText, String(getSelection())];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) (parts.push(el.shadowRoot.innerHTML), visit(el.shadowRoot));
    };
    visit(document);
    const log = (window as unknown as { __hostile: { shadowRoots: ShadowRoot[] } }).__hostile;
    for (const root of log.shadowRoots) parts.push(root.innerHTML);
    return parts.join('\n');
  });
}

/** Synthetic input at the panel: keys at its host and at the document, clicks at every point of its box. */
async function drivePanel(page: Page, box: { x: number; y: number; width: number; height: number }) {
  await page.evaluate((box) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Enter', ' ', 'Escape', 'Home', 'End', 'Tab'];
    const active = document.activeElement ?? document.body;
    for (const target of [active, document, window]) {
      for (const key of keys)
        for (const type of ['keydown', 'keypress', 'keyup'])
          target.dispatchEvent(new KeyboardEvent(type, { key, code: key, bubbles: true, composed: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'K', code: 'KeyK', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    }
    (active as HTMLElement).click?.();
    // Aimed clicks: whatever is under each point of the panel gets pointer events and a click.
    for (let y = box.y + 4; y < box.y + box.height; y += 12)
      for (let x = box.x + 4; x < box.x + box.width; x += 24) {
        const el = document.elementFromPoint(x, y);
        if (!el) continue;
        const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
        el.dispatchEvent(new PointerEvent('pointerdown', init));
        el.dispatchEvent(new MouseEvent('mousedown', init));
        el.dispatchEvent(new PointerEvent('pointerup', init));
        el.dispatchEvent(new MouseEvent('mouseup', init));
        el.dispatchEvent(new MouseEvent('click', init));
        (el as HTMLElement).click();
      }
  }, box);
}

/** Types into whatever has focus, the way a page script can: execCommand and synthetic input events. */
async function typeFromPage(page: Page, text: string) {
  await page.evaluate((text) => {
    const active = document.activeElement;
    document.execCommand('insertText', false, text);
    active?.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, composed: true, cancelable: true }));
    active?.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
    for (const ch of text) active?.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true, composed: true }));
  }, text);
}

async function forgeStartedEvents(page: Page, extensionId: string) {
  await page.evaluate((id) => {
    const type = `${id}:overlay:wxt:content-script-started`;
    window.postMessage({ type, contentScriptName: 'overlay', messageId: 'forged' }, '*');
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'overlay', messageId: 'forged' } }));
  }, extensionId);
}

/** The page looks for the editor bridge: globals, its old fixed event name, the handshake names. */
async function probeBridge(page: Page) {
  return page.evaluate(async () => {
    const answers: string[] = [];
    const composer = document.querySelector('[contenteditable]')!;
    const nonce = 'a'.repeat(32);
    for (const ack of [`trustops:editor-ack:${nonce}`, `${'f'.repeat(32)}:paired`])
      window.addEventListener(ack, () => answers.push(ack), true);
    composer.dispatchEvent(
      new CustomEvent('trustops:editor-request', { detail: JSON.stringify({ nonce, op: 'paste', text: 'x' }), bubbles: true, composed: true }),
    );
    window.dispatchEvent(new CustomEvent('editor-bridge-hello', { detail: JSON.stringify({ channel: 'f'.repeat(32) }) }));
    // A READY would make a waiting isolated script offer its channel (a HELLO): none must come.
    window.addEventListener('editor-bridge-hello', () => answers.push('hello after ready'), true);
    window.dispatchEvent(new CustomEvent('editor-bridge-ready'));
    await new Promise((r) => setTimeout(r, 50));
    const globals = Object.getOwnPropertyNames(window).filter((name) => /trustops|bridge|editor|wxt/i.test(name));
    const elements = [...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.includes('-'));
    const highlights = [...CSS.highlights.keys()];
    const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    const resources = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !/^https?:/.test(name));
    return { answers, globals, elements, highlights, rules, resources };
  });
}

const hostileLog = (page: Page) =>
  page.evaluate(() => {
    const log = (window as unknown as { __hostile: { messages: string[]; startedHeard: number; handshakeHeard: string[]; shadowRoots: unknown[]; sent: string[]; globalsAtStart: string[] } }).__hostile;
    return { ...log, shadowRoots: log.shadowRoots.length, globalsAtStart: log.globalsAtStart.filter((n) => /trustops|bridge|editor|wxt/i.test(n)) };
  });

const composerText = (page: Page) => page.locator(COMPOSER).evaluate((el) => el.textContent ?? '');

// ---- The suite ---------------------------------------------------------------------------------------

test.describe('a hostile page, with the production bundle', () => {
  test('cannot read the panel, drive it, switch it off or find the bridge; the user’s own keys and clicks still work', async ({
    context,
    extensionId,
  }) => {
    const { page, cdp } = await openHostilePage(context, extensionId);

    // The user focuses the composer with the mouse: the panel shows, in a closed root.
    await focusComposerAndOpenPanel(page, cdp);
    await expect.poll(async () => (await panelNodes(cdp, 'trustops-panel')).length).toBe(1);
    const [panel] = await panelNodes(cdp, 'trustops-panel');
    expect(panel!.shadow, 'the panel lives in a closed shadow root').toBe('closed');

    // The user moves into the panel (Alt+Shift+K) and on to its search box (ArrowUp from the list).
    await page.keyboard.press('Alt+Shift+K');
    const focused = () => page.evaluate(() => document.activeElement?.localName ?? '');
    await expect.poll(focused, { message: 'focus went into the panel' }).toMatch(/-/);
    const host = await focused();
    await page.keyboard.press('ArrowUp');

    // Point 1, typing: the page cannot type into the search box to go through the library.
    await typeFromPage(page, 'промокод');
    await page.waitForTimeout(200);
    expect(await searchValue(cdp)).toBe('');

    // The user types a query: the panel lists the matching replies.
    await page.keyboard.type(HOURS_QUERY);
    await expect.poll(() => searchValue(cdp)).toBe(HOURS_QUERY);
    const firstTitle = async () => {
      const [first] = await panelNodes(cdp, 'trustops-suggestion');
      return first ? textOf(first.node) : '';
    };
    await expect.poll(firstTitle).toContain(hours.title);

    // Point 1, reading: nothing of the suggested replies is readable from the page's world.
    const readable = await pageReadableText(page);
    for (const secret of SECRETS) expect(readable, `the page read "${secret}"`).not.toContain(secret);
    expect((await hostileLog(page)).shadowRoots, 'no root of ours was attached from the page’s world').toBe(0);

    // Point 1, driving: keys at the panel and clicks at every point of it. Nothing is inserted,
    // picked, answered, snoozed or closed; the focus and the query stay the user's.
    const before = await stored(context, extensionId);
    await drivePanel(page, await panelBox(cdp));
    await page.waitForTimeout(300);
    expect(await composerText(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.localName ?? '')).toBe(host);
    expect((await panelNodes(cdp, 'trustops-panel')).length, 'the panel is still open').toBe(1);
    expect(await searchValue(cdp)).toBe(HOURS_QUERY);
    const after = await stored(context, extensionId);
    expect(after.picks).toBe(before.picks);
    expect(after.thread).toEqual(before.thread);

    // Point 2: the page forges WXT's "newer script started" signal, both forms; it never heard the real one.
    await forgeStartedEvents(page, extensionId);
    await page.waitForTimeout(200);
    const log = await hostileLog(page);
    const announced = log.messages.filter((m) => m.includes('content-script-started') && !m.includes('forged'));
    expect(announced, 'WXT never announced a start to the page').toEqual([]);
    expect(log.startedHeard, 'not the overlay’s start, not even its own forgery').toBe(0);

    // The user's own path still works after all that: ArrowDown to the reply, Enter inserts it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => composerText(page)).toContain(hours.body.slice(0, 40));
    await expect.poll(async () => (await stored(context, extensionId)).picks).toBe(before.picks + 1);

    // Point 4: no global, no name that says who we are, no answer to the bridge's names.
    const probe = await probeBridge(page);
    expect(probe.answers).toEqual([]);
    expect(probe.globals).toEqual([]);
    expect(probe.resources, 'no extension file in the page’s resource timing (the tone engine is loaded by now)').toEqual([]);
    expect(log.globalsAtStart, 'nothing on window before the page’s first script').toEqual([]);
    expect(log.handshakeHeard, 'the handshake happened before any page script').toEqual([]);
    for (const name of [...probe.elements, ...probe.highlights]) expect(name).not.toMatch(/trustops/i);
    expect(probe.rules.join('\n')).not.toMatch(/trustops/i);
    const markup = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const script of copy.querySelectorAll('script')) script.remove(); // the page's own, which names us
      return copy.outerHTML;
    });
    expect(markup).not.toMatch(/trustops/i);
  });

  test('cannot forge "send anyway" or get a blocked draft sent; the guard survives a forged restart; the user can still send anyway', async ({
    context,
    extensionId,
  }) => {
    const { page, cdp } = await openHostilePage(context, extensionId);
    const sent = async () => (await hostileLog(page)).sent;

    // The page forges the restart signal first: the guard must still be there afterwards.
    await forgeStartedEvents(page, extensionId);
    await focusComposerAndOpenPanel(page, cdp);
    await page.keyboard.type(CARD_DRAFT);
    await expect.poll(async () => (await panelNodes(cdp, 'trustops-finding')).length).toBeGreaterThan(0);
    const highlights = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(highlights.length, 'the card number is marked in the composer').toBeGreaterThan(0);
    for (const name of highlights) expect(name).not.toMatch(/trustops/i);

    // The user's Enter is held: nothing sent, the panel offers "send anyway".
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await panelNodes(cdp, 'trustops-send-anyway')).length).toBe(1);
    expect(await sent()).toEqual([]);

    // The page: a synthetic Enter in the composer, then clicks at every point of the panel.
    await page.evaluate(() => {
      const composer = document.querySelector('[contenteditable]')!;
      composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, composed: true }));
    });
    await drivePanel(page, await panelBox(cdp));
    await page.waitForTimeout(300);
    expect(await sent(), 'neither a forged Enter nor forged clicks sent the blocked draft').toEqual([]);
    expect((await stored(context, extensionId)).audit, 'no forged audit record').toBe(0);
    expect(await composerText(page)).toBe(CARD_DRAFT);

    // The user clicks "send anyway" with the mouse: sent once, and recorded.
    const button = await centreOf(cdp, 'trustops-send-anyway');
    await page.mouse.click(button.x, button.y);
    await expect.poll(sent).toEqual([CARD_DRAFT]);
    await expect.poll(async () => (await stored(context, extensionId)).audit).toBe(1);
  });

  test('test-only parts are not in production: no loopback pages, no clock a page or test can move', async ({ context, extensionId }) => {
    type Manifest = { content_scripts: { matches: string[] }[] };
    const matchesOf = (dir: string) =>
      (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest).content_scripts.flatMap((s) => s.matches);
    expect(matchesOf(PRODUCTION_EXTENSION_DIR).filter((m) => /localhost|127\.0\.0\.1/.test(m))).toEqual([]);
    if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) expect(matchesOf(EXTENSION_DIR)).toContain('http://127.0.0.1/*');

    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const computedAt = await page.evaluate(async () => {
      type Chrome = { storage: { local: { set(v: object): Promise<void> } }; runtime: { sendMessage(m: object): Promise<{ data: { computedAt: number } }> } };
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      await chrome.storage.local.set({ 'trustops.debug.clockOffsetMs': 7 * 24 * 3600 * 1000 });
      return (await chrome.runtime.sendMessage({ type: 'thread.get', threadId: 'generic:https://example.org/' })).data.computedAt;
    });
    expect(Math.abs(computedAt - Date.now()), 'the background ignores the stored offset').toBeLessThan(60_000);
  });

  test('the production content scripts stay under 100 kB gzip', async () => {
    const dir = resolve(PRODUCTION_EXTENSION_DIR, 'content-scripts');
    const sizes = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => [f, gzipSync(readFileSync(join(dir, f))).length]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    console.log(`content scripts, gzip bytes: ${JSON.stringify(sizes)}; total ${total}`);
    test.info().annotations.push({ type: 'content scripts gzip (bytes)', description: JSON.stringify(sizes) });
    expect(sizes['overlay.js'], 'the overlay').toBeLessThanOrEqual(100 * 1024);
    expect(total, 'everything a supported page loads').toBeLessThanOrEqual(100 * 1024);
  });
});

/**
 * The test build keeps the root open (for Playwright): there a page reaches every element of the
 * panel, which shows that the panel itself ignores input that is not the user's.
 */
test.describe('a hostile page, with the test build’s open root', () => {
  test.use({ build: EXTENSION_DIR });
  test.skip(!existsSync(resolve(EXTENSION_DIR, 'manifest.json')), `no test build in ${EXTENSION_DIR}: run \`npm run build:test\``);

  test('clicks, keys and typing a script fires inside the panel do nothing; the user’s do', async ({ context, extensionId }) => {
    const { page, cdp } = await openHostilePage(context, extensionId);
    await focusComposerAndOpenPanel(page, cdp);
    const panel = page.getByTestId('trustops-panel');
    await expect(panel).toBeVisible();
    const search = panel.getByRole('searchbox');
    await search.fill(HOURS_QUERY); // Playwright's real input
    const hoursOption = page.getByTestId('trustops-suggestion').filter({ hasText: hours.title });
    await expect(hoursOption).toHaveCount(1);
    const before = await stored(context, extensionId);

    await page.evaluate(() => {
      const root = document.querySelector('trustops-overlay')!.shadowRoot!;
      const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      input.value = 'промокод';
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: 'промокод', bubbles: true, composed: true }));
      for (const el of root.querySelectorAll<HTMLElement>('button, [role="option"]')) {
        el.focus();
        for (const key of ['Enter', ' ', 'ArrowDown'])
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        el.click();
      }
    });
    await page.waitForTimeout(300);
    expect(await composerText(page)).toBe('');
    await expect(panel).toBeVisible();
    await expect(hoursOption).toHaveCount(1); // the list still answers the user's query
    const after = await stored(context, extensionId);
    expect(after.picks).toBe(before.picks);
    expect(after.thread).toEqual(before.thread);

    await search.fill(HOURS_QUERY);
    await hoursOption.click();
    await expect.poll(() => composerText(page)).toContain(hours.body.slice(0, 40));
  });
});

