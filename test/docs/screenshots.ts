/**
 * `npm run screenshots`: the pictures in docs/screenshots/, made from the test build against the
 * bundled demo inbox, in Russian and in English. Panel with suggestions, with findings on a draft
 * (and its SLA timer), the compact chip on a small window, the waiting queue, the popup, the
 * dashboard's ideas and metrics, and the panel in crisis mode.
 * Threads for the queue are reported to the real background exactly as the content script does.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../e2e/support/browser';
import { serveFolder } from '../e2e/support/static-server';

const OUT = resolve('docs/screenshots');
const MIN = 60_000;
/** 24/7 in UTC so the pictures do not depend on the hour they are made. */
const POLICY = { timezone: 'UTC', firstReplyMinutes: 60, nextReplyMinutes: 120, warnRatio: 0.75 };

type Lang = 'ru' | 'en';
type Chrome = { runtime: { sendMessage(message: object): Promise<{ ok: boolean; data?: unknown; error?: string }> } };

const SCENE: Record<Lang, { thread: string; draft: string; queue: Array<[string, string]>; ideas: string[]; crisis: string }> = {
  ru: {
    thread: '#t1',
    draft: 'Гарантируем 100% доставку сегодня!!! Напишите ваш телефон +7 912 345-67-89, без комментариев',
    queue: [
      ['Анна Соколова', 'Где мой заказ? Курьер опаздывает уже на час'],
      ['Игорь Петров', 'Промокод ZERNO10 не применяется при оплате'],
      ['Мария', 'Можно поменять адрес доставки?'],
      ['Дмитрий', 'Списали деньги дважды'],
      ['Елена', 'Когда снова будет овсяное молоко?'],
      ['Сергей', 'Не приходит код подтверждения'],
    ],
    // One per queue thread, in order: the first two are the same request in other words.
    ideas: ['Добавьте оплату долями', 'А можно оплату долями?', 'Нужна доставка к точному времени', 'Сделайте тёмную тему в приложении'],
    crisis: 'Сбой оплаты в приложении',
  },
  en: {
    thread: '#t3',
    draft: 'We guarantee a 100% refund today!!! Send your phone +1 415 555 0132, no comment',
    queue: [
      ['Mary Jones', 'Where is my refund? I want my money back.'],
      ['Tom Baker', 'The promo code does not work at checkout'],
      ['Lisa', 'Can I change the delivery address?'],
      ['Omar', 'I was charged twice'],
      ['Kate', 'When is oat milk back in stock?'],
      ['Ben', 'The confirmation code never arrives'],
    ],
    ideas: ['Please add gift cards', 'Would love to buy gift cards', 'Delivery at an exact time, please', 'A dark theme in the app'],
    crisis: 'Payments are down in the app',
  },
};

async function send(page: Page, message: object): Promise<unknown> {
  const reply = await page.evaluate((m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m), message);
  if (!reply?.ok) throw new Error(`request ${JSON.stringify(message)} failed: ${reply?.error}`);
  return reply.data;
}

/** Settings straight into the extension's database, as the e2e suites seed them. */
async function putSettings(page: Page, value: object): Promise<void> {
  await send(page, { type: 'thread.get', threadId: 'none' });
  await page.evaluate(
    (value) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('trustops');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'settings', value });
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    value,
  );
}

async function seedQueue(page: Page, lang: Lang): Promise<void> {
  const platforms = ['vk', 'telegram', 'instagram', 'x'] as const;
  for (const [i, [title, text]] of SCENE[lang].queue.entries()) {
    const platform = platforms[i % platforms.length]!;
    await send(page, {
      type: 'thread.snapshot',
      platform,
      snapshot: {
        id: `${platform}:shot${i}`, site: platform, title, url: `https://example.invalid/${platform}/${i}`,
        messages: [{ id: 'm1', author: title, direction: 'in', at: new Date(Date.now() - (5 + i * 17) * MIN).toISOString(), text }],
      },
    });
  }
  await send(page, { type: 'sla.recompute' });
}

/** Ideas saved from the queue's threads (the first two merge), one marked planned with impact and cost. */
async function seedIdeas(page: Page, lang: Lang): Promise<void> {
  const platforms = ['vk', 'telegram', 'instagram', 'x'] as const;
  const saved: string[] = [];
  for (const [i, text] of SCENE[lang].ideas.entries()) {
    const platform = platforms[i % platforms.length]!;
    const [author] = SCENE[lang].queue[i]!;
    const result = (await send(page, {
      type: 'ideas.save',
      idea: { text, threadId: `${platform}:shot${i}`, url: `https://example.invalid/${platform}/${i}`, platform, author },
    })) as { ideaId: string };
    saved.push(result.ideaId);
  }
  const [first, , third] = saved; // the second merged into the first
  if (first) await send(page, { type: 'ideas.update', id: first, changes: { impact: 5, cost: 2, status: 'planned', tags: ['payments'] } });
  if (third) await send(page, { type: 'ideas.update', id: third, changes: { impact: 3, cost: 4 } });
}

/** Replies in half of the queue's threads (after the queue was shot), so the metrics have something to show. */
async function seedReplies(page: Page, lang: Lang): Promise<void> {
  const platforms = ['vk', 'telegram', 'instagram', 'x'] as const;
  for (const [i, [title, text]] of SCENE[lang].queue.slice(0, 3).entries()) {
    const platform = platforms[i % platforms.length]!;
    const asked = Date.now() - (5 + i * 17) * MIN;
    await send(page, {
      type: 'thread.snapshot',
      platform,
      snapshot: {
        id: `${platform}:shot${i}`, site: platform, title, url: `https://example.invalid/${platform}/${i}`,
        messages: [
          { id: 'm1', author: title, direction: 'in', at: new Date(asked).toISOString(), text },
          { id: 'm2', author: 'TrustOps', direction: 'out', at: new Date(asked + (2 + 3 * i) * MIN).toISOString(), text: '…' },
        ],
      },
    });
  }
  await send(page, { type: 'sla.recompute' });
}

async function shootDashboard(context: BrowserContext, extensionId: string, lang: Lang, section: string, path: string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html?lang=${lang}#${section}`);
  await page.locator('main, [role="main"]').first().waitFor();
  await page.waitForTimeout(800); // charts and lists load from the database
  await page.screenshot({ path, fullPage: true });
  await page.close();
}

/** The panel's own box (the overlay lives in a shadow root; Playwright locators pierce it). */
async function shootPanel(page: Page, path: string): Promise<void> {
  const panel = page.getByTestId('trustops-panel').first();
  await panel.waitFor({ timeout: 15_000 });
  // Let the enter transition and late content (suggestions, a banner) settle: the panel grows upwards.
  let box = await panel.boundingBox();
  for (let i = 0; i < 25; i++) {
    await page.waitForTimeout(200);
    const next = await panel.boundingBox();
    const same = box && next && ['x', 'y', 'width', 'height'].every((k) => Math.abs(box![k as 'x'] - next[k as 'x']) < 0.5);
    box = next;
    if (same && i >= 1) break;
  }
  if (!box) throw new Error('panel not laid out');
  const pad = 12;
  const viewport = page.viewportSize()!;
  const x = Math.max(0, box.x - pad);
  const y = Math.max(0, box.y - pad);
  await page.screenshot({
    path,
    clip: { x, y, width: Math.min(viewport.width - x, box.width + 2 * pad), height: Math.min(viewport.height - y, box.height + 2 * pad) },
  });
}

async function shootLanguage(context: BrowserContext, extensionId: string, origin: string, lang: Lang): Promise<string[]> {
  const shots: string[] = [];
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/popup.html`);
  await putSettings(helper, { slaPolicy: POLICY, language: lang });
  await seedQueue(helper, lang);

  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${origin}/${SCENE[lang].thread}`);
  await page.locator('#reply').click();
  await page.getByTestId('trustops-suggestion').first().waitFor({ timeout: 15_000 });
  shots.push(join(OUT, `panel-suggestions-${lang}.png`));
  await page.screenshot({ path: shots.at(-1)! });

  await page.locator('#reply').pressSequentially(SCENE[lang].draft, { delay: 5 });
  await page.getByTestId('trustops-finding').first().waitFor({ timeout: 15_000 });
  shots.push(join(OUT, `panel-findings-${lang}.png`));
  await shootPanel(page, shots.at(-1)!);

  await page.setViewportSize({ width: 1024, height: 640 });
  await page.locator('#reply').fill('');
  await page.locator('#reply').pressSequentially(SCENE[lang].draft.slice(0, 40), { delay: 5 });
  const chip = page.getByTestId('trustops-chip');
  if (await chip.first().isVisible({ timeout: 5_000 }).catch(() => false)) {
    shots.push(join(OUT, `panel-chip-${lang}.png`));
    await page.screenshot({ path: shots.at(-1)! });
  }

  const queue = await context.newPage();
  await queue.setViewportSize({ width: 400, height: 768 });
  await queue.goto(`chrome-extension://${extensionId}/sidepanel.html?lang=${lang}`);
  await queue.getByTestId('queue-row').first().waitFor();
  shots.push(join(OUT, `queue-${lang}.png`));
  await queue.screenshot({ path: shots.at(-1)! });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 340, height: 460 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?lang=${lang}`);
  await popup.waitForLoadState('networkidle');
  shots.push(join(OUT, `popup-${lang}.png`));
  await popup.screenshot({ path: shots.at(-1)! });

  await seedIdeas(helper, lang);
  await seedReplies(helper, lang);
  shots.push(join(OUT, `dashboard-ideas-${lang}.png`));
  await shootDashboard(context, extensionId, lang, 'ideas', shots.at(-1)!);
  shots.push(join(OUT, `dashboard-metrics-${lang}.png`));
  await shootDashboard(context, extensionId, lang, 'metrics', shots.at(-1)!);

  // Crisis mode: the banner, the holding statements first, the tighter timer.
  const endsAt = new Date(Date.now() + 6 * 60 * MIN).toISOString();
  await send(helper, { type: 'settings.save', changes: { crisis: { active: true, reason: SCENE[lang].crisis, endsAt, contacts: ['PR: @duty_pr'], source: 'user', startsAt: new Date().toISOString() } } });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  await page.locator('#reply').click();
  await page.getByTestId('trustops-crisis-banner').first().waitFor({ timeout: 15_000 });
  await page.getByTestId('trustops-suggestion').first().waitFor({ timeout: 15_000 });
  shots.push(join(OUT, `panel-crisis-${lang}.png`));
  await shootPanel(page, shots.at(-1)!);

  for (const p of [helper, page, queue, popup]) await p.close();
  return shots;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveFolder('test/demo/site');
  const shots: string[] = [];
  try {
    for (const lang of ['ru', 'en'] as const) {
      // A fresh profile per language: its own queue and settings.
      const dir = mkdtempSync(join(tmpdir(), `trustops-shots-${lang}-`));
      const context = await launchWithExtension(dir, true);
      try {
        shots.push(...(await shootLanguage(context, await extensionIdOf(context), server.origin, lang)));
      } finally {
        await context.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  console.log('Screenshots:\n' + shots.map((s) => '  ' + s).join('\n'));
}

main().catch((error) => {
  console.error('screenshots failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
