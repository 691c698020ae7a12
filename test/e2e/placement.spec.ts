import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './support/browser';
import { routeSite } from './support/site-routes';
import { serveFolder, type StaticServer } from './support/static-server';

/**
 * Issue 11 acceptance: on every site fixture and the demo page, at three viewport sizes and with a
 * short and a long draft, the overlay (panel, chip or strip) never covers the composer (centre and
 * corners), its send/attach controls, or the customer's last message: `elementFromPoint` there
 * returns the page's own element, never the overlay's shadow host.
 */
interface Case {
  name: string;
  /** A file in test/fixtures/sites routed at `url`; `local`: test/fixtures/`url` on 127.0.0.1; `demo`: the demo page. */
  fixture: string;
  url: string;
  composer: string;
  /** Clicked first where the composer appears only then. */
  openComposer?: string;
  /** The page's send and attach controls around the composer (each checked where present). */
  controls: string[];
  /** Text of the customer's last message (the innermost visible element holding it is checked). */
  customer: string;
}

const CASES: Case[] = [
  { name: 'vk', fixture: 'vk-convo.html', url: 'https://vk.com/im/convo/123456789', composer: '.ConvoComposer__input',
    controls: ['.ConvoComposer__sendButton', '[aria-label="Фотография"]', '.AttachPhotos'],
    customer: 'Когда ждать возврат? И ещё: у вас есть овсяное молоко в точке на Садовой?' },
  { name: 'vk-wall', fixture: 'vk-wall.html', url: 'https://vk.com/wall-123456_789', composer: '[data-testid="post"] [data-testid="content-editable-input"]',
    controls: ['[class*="vkitCommentInput__send"]'],
    customer: 'Купил вчера пряный раф, а он был чуть тёплый. Можно что-то с этим сделать?' },
  { name: 'telegram-k', fixture: 'telegram-k.html', url: 'https://web.telegram.org/k/#@zernoipar', composer: '.chat-input .input-message-input:not(.input-field-input-fake)',
    controls: ['.btn-send-container .btn-send'], customer: 'Где мой заказ? Оплата уже списалась.' },
  { name: 'telegram-a', fixture: 'telegram-a.html', url: 'https://web.telegram.org/a/#-1001987654321', composer: '#editable-message-text',
    controls: ['[aria-label="Отправить сообщение"]'], customer: 'Где мой заказ? Оплата уже списалась.' },
  { name: 'x', fixture: 'x-status.html', url: 'https://x.com/zernoipar/status/1992481234567890001', composer: '[data-testid="tweetTextarea_0"]',
    controls: ['[data-testid="tweetButtonInline"]'], customer: 'Заказ через приложение висит уже 40 минут, номер 5521. Где он?' },
  { name: 'x-dm', fixture: 'x-dm.html', url: 'https://x.com/i/chat/1500000000000000001-1600000000000000002', composer: 'textarea[data-testid="dm-composer-textarea"]',
    controls: ['[data-testid="dm-composer-send-button"]'], customer: 'Отправила. Когда ждать возврат?' },
  { name: 'instagram', fixture: 'instagram-dm.html', url: 'https://www.instagram.com/direct/t/340282366841710300949128171234567890/',
    composer: '[role="main"] [role="textbox"][contenteditable="true"]', controls: [], customer: 'Отправила фото. Когда ждать возврат?' },
  { name: 'facebook', fixture: 'facebook-messenger.html', url: 'https://www.facebook.com/messages/t/100012345678901',
    composer: '[role="main"] [role="textbox"][contenteditable="true"]', controls: ['[aria-label="Нажмите Enter, чтобы отправить"]'],
    customer: 'Отправила фото. Когда ждать возврат?' },
  { name: 'youtube', fixture: 'youtube.html', url: 'https://www.youtube.com/watch?v=zRnP4rDemo1', composer: 'ytd-commentbox #contenteditable-root',
    openComposer: '#simplebox-placeholder', controls: ['ytd-commentbox #submit-button button'],
    customer: 'Купил у вас пачку эфиопии, а дата обжарки на ней двухмесячная. Это нормально?' },
  { name: 'linkedin', fixture: 'linkedin.html', url: 'https://www.linkedin.com/messaging/thread/2-ZmE0YjI1ZDUtYW5uYQ==/', composer: '.msg-form__contenteditable',
    controls: ['.msg-form__send-button'], customer: 'И пришлите, пожалуйста, меню с ценами.' },
  { name: 'mastodon', fixture: 'mastodon.html', url: 'https://mastodon.social/@zernoipar/117664225689600000', composer: '.compose-form textarea',
    controls: ['.compose-form button[type="submit"]'], customer: '@zernoipar заказ через приложение висит уже 40 минут, номер 5521. Где он?' },
  { name: 'generic', fixture: 'local', url: 'sites/generic.html', composer: '#reply',
    controls: ['form button[type="submit"]'], customer: '' },
  { name: 'demo', fixture: 'demo', url: '', composer: '#reply', controls: ['#send'], customer: '' },
];

const VIEWPORTS = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const SHORT_DRAFT = 'Здравствуйте, уже проверяем заказ';
const LONG_DRAFT = ('Здравствуйте! Спасибо, что написали. Мы уже проверяем ваш заказ и вернёмся с ответом в течение часа. ').repeat(4).slice(0, 300);

/** Points checked on the page; returns a description of each point the overlay covers. */
async function coveredPoints(page: Page, c: Case): Promise<string[]> {
  return page.evaluate(({ composer, controls, customer }) => {
    const hosts = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[data-testid^="trustops"]'));
    const covered: string[] = [];
    const check = (label: string, x: number, y: number) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return; // off screen: nothing to cover
      const hit = document.elementFromPoint(x, y);
      const host = hosts.find((h) => h === hit || h.contains(hit));
      if (!host) return;
      // Names the overlay's part there (panel, chip, strip) to make a failure readable.
      const inner = host.shadowRoot?.elementFromPoint(x, y)?.closest('[data-testid], [class]');
      const part = inner?.getAttribute('data-testid') ?? inner?.getAttribute('class') ?? 'overlay';
      covered.push(`${label} at (${Math.round(x)}, ${Math.round(y)}) [${part}]`);
    };
    const visible = (e: Element) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 ? r : null; };
    const box = document.querySelector(composer);
    const r = box && visible(box);
    if (!r) return ['composer not found'];
    const inset = 2;
    check('composer centre', r.left + r.width / 2, r.top + r.height / 2);
    check('composer top-left', r.left + inset, r.top + inset);
    check('composer top-right', r.right - inset, r.top + inset);
    check('composer bottom-left', r.left + inset, r.bottom - inset);
    check('composer bottom-right', r.right - inset, r.bottom - inset);
    for (const selector of controls)
      for (const el of document.querySelectorAll(selector)) {
        const cr = visible(el);
        if (cr) check(`control ${selector}`, cr.left + cr.width / 2, cr.top + cr.height / 2);
      }
    if (customer) {
      const holders = [...document.querySelectorAll('body *')].filter(
        (e) => visible(e) && (e.textContent ?? '').includes(customer) && ![...e.children].some((k) => (k.textContent ?? '').includes(customer)),
      );
      const last = holders[holders.length - 1];
      const mr = last && visible(last);
      if (!mr) covered.push('customer message not found');
      else check('last customer message', mr.left + mr.width / 2, mr.top + mr.height / 2);
    } else {
      // Generic pages: the last message above the composer, where the page marks one.
      const msgs = document.querySelectorAll('#messages .msg, .messages .message');
      const last = msgs[msgs.length - 1];
      const mr = last && visible(last);
      if (mr) check('last message', mr.left + mr.width / 2, mr.top + mr.height / 2);
    }
    return covered;
  }, { composer: c.composer, controls: c.controls, customer: c.customer });
}

async function typeDraft(page: Page, c: Case, draft: string) {
  const composer = page.locator(c.composer).first();
  await composer.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(draft);
}

for (const viewport of VIEWPORTS) {
  test.describe(`placement at ${viewport.width}×${viewport.height}`, () => {
    let context: BrowserContext;
    let profile: string;
    let demoServer: StaticServer;
    let fixtureServer: StaticServer;
    test.beforeAll(async () => {
      profile = mkdtempSync(join(tmpdir(), 'trustops-place-'));
      context = await launchWithExtension(profile);
      demoServer = await serveFolder('test/demo/site');
      fixtureServer = await serveFolder('test/fixtures');
    });
    test.afterAll(async () => {
      await context?.close().catch(() => {});
      await demoServer?.close();
      await fixtureServer?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    test('the overlay never covers the composer, its controls or the last customer message', async () => {
      test.setTimeout(180_000);
      const failures: string[] = [];
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      for (const c of CASES) {
        if (c.fixture === 'demo') await page.goto(`${demoServer.origin}/index.html`);
        else if (c.fixture === 'local') await page.goto(`${fixtureServer.origin}/${c.url}`);
        else {
          await routeSite(context, c.url, c.fixture);
          await page.goto(c.url);
        }
        if (c.openComposer) await page.locator(c.openComposer).click();
        await page.locator(c.composer).first().click();
        await expect(page.getByTestId('trustops-panel').or(page.getByTestId('trustops-chip')).first()).toBeVisible({ timeout: 10_000 });
        for (const [label, draft] of [['5 words', SHORT_DRAFT], ['300 chars', LONG_DRAFT]] as const) {
          await typeDraft(page, c, draft);
          await page.waitForTimeout(400); // placement follows the composer within a frame or two
          for (const point of await coveredPoints(page, c)) failures.push(`${c.name} (${label}): overlay covers ${point}`);
        }
      }
      await page.close();
      expect(failures).toEqual([]);
    });
  });
}

test.describe('Esc in the composer', () => {
  test('closes the open panel, as its footer promises; leaves the key to the page otherwise', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'trustops-place-'));
    const context = await launchWithExtension(profile);
    const server = await serveFolder('test/demo/site');
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${server.origin}/index.html`);
      await page.evaluate(() => {
        (window as unknown as { escSeen: boolean[] }).escSeen = [];
        // The page's own handler still hears the key; it records whether the default was taken.
        addEventListener('keydown', (e) => e.key === 'Escape' && (window as unknown as { escSeen: boolean[] }).escSeen.push(e.defaultPrevented));
      });
      await page.locator('#reply').click();
      const panel = page.getByTestId('trustops-panel');
      await expect(panel).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(page.locator('#reply')).toBeFocused();
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (window as unknown as { escSeen: boolean[] }).escSeen)).toEqual([true, false]);
    } finally {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
