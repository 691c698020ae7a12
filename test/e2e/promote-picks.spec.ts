import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * "Promote picks to examples": the lead's pack downloaded from the library with what the picks
 * taught added to its replies' examples, ready to review and publish.
 */
const send = (page: Page, message: object) =>
  page.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; error?: string }> } } };
    return chrome.runtime.sendMessage(m);
  }, message);

test('the library downloads a pack whose replies carry the picked texts as examples', async ({ context, extensionId }) => {
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/options.html?lang=ru#library`);
  const pack = {
    id: 'lead',
    name: 'Набор руководителя',
    replies: [
      { id: 'name-change', title: 'Смена фамилии', body: 'Фамилию можно поменять в настройках профиля.' },
      { id: 'pin', title: 'Смена PIN-кода', body: 'PIN меняется в приложении.' },
    ],
  };
  expect((await send(dashboard, { type: 'library.import', pack, origin: { source: 'file' } })).ok).toBe(true);
  for (const text of ['вышла замуж, нужно обновить данные', 'сменила паспорт после свадьбы'])
    expect((await send(dashboard, { type: 'pick', clientId: crypto.randomUUID(), packId: 'lead', replyId: 'name-change', text, platform: 'vk' })).ok).toBe(true);

  await dashboard.reload();
  await dashboard.getByRole('button', { name: /Набор руководителя/ }).first().click();
  const downloading = dashboard.waitForEvent('download');
  await dashboard.getByTestId('trustops-promote-picks').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('lead-examples.json');
  const promoted = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { replies: { id: string; examples?: string[] }[] };
  expect(promoted.replies.find((r) => r.id === 'name-change')?.examples).toEqual(['вышла замуж, нужно обновить данные', 'сменила паспорт после свадьбы']);
  expect(promoted.replies.find((r) => r.id === 'pin')?.examples ?? []).toEqual([]);
  await expect(dashboard.getByText('Скачан набор: новых примеров — 2, ответов с ними — 1.')).toBeVisible();
});
