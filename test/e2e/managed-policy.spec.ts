import { createHash, randomUUID } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from './support/browser';
import { extensionCopyGranting } from './support/extension-copy';
import { PackHost, TEAM_PACK_V1 } from './support/pack-host';

/**
 * Deployment by policy in real Chromium: an administrator's policy file (Debian's Chromium reads
 * /etc/chromium/policies/managed/*.json) gives a fresh profile, with no user action, the team's
 * subscription, brand profile and SLA policy; locked settings are read-only in the dashboard and
 * refused by the background. The policy names only a private copy of the extension (its id comes
 * from its path), so no other test's browser sees it.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';

function policyDirWritable(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** An unpacked extension's id: sha256 of its absolute path, first 32 hex digits mapped 0→a … f→p. */
const unpackedExtensionId = (dir: string) =>
  [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');

test.skip(!policyDirWritable(), `${POLICY_DIR} is not writable (run as root, as CI does)`);

test('a managed policy reaches a fresh profile with no user action; locked settings are read-only', async () => {
  test.setTimeout(90_000);
  const host = new PackHost();
  await host.start();
  host.publish(TEAM_PACK_V1);
  const extensionDir = extensionCopyGranting(['http://127.0.0.1/*']);
  const id = unpackedExtensionId(extensionDir);
  const policyFile = join(POLICY_DIR, `trustops-e2e-${randomUUID()}.json`);
  const profile = mkdtempSync(join(tmpdir(), 'trustops-managed-'));
  const policy = {
    subscriptions: [{ url: host.url }],
    profile: { addressForm: 'ty', brandNames: ['ЗЕРНО'] },
    slaPolicy: { timezone: 'Asia/Yekaterinburg', firstReplyMinutes: 20, nextReplyMinutes: 40 },
    escalationRoutes: [{ id: 'duty', name: 'Дежурный юрист', contact: '@duty_lawyer' }],
    locked: ['slaPolicy', 'language', 'not-a-setting'],
  };
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  const context = await launchWithExtension(profile, true, extensionDir);
  try {
    expect(await extensionIdOf(context)).toBe(id);
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${id}/options.html?lang=ru#library`);

    // The subscription, fetched with no click.
    const row = dashboard.getByTestId('trustops-subscription');
    await expect(row).toHaveAttribute('data-state', 'ok', { timeout: 20_000 });
    await expect(row).toContainText('Команда кофейни');
    await expect(row).toContainText('задано администратором');
    await expect(row.getByTestId('trustops-subscription-remove')).toHaveCount(0);
    const call = (message: object) =>
      dashboard.evaluate(async (m) => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; data?: unknown; error?: string }> } } };
        return chrome.runtime.sendMessage(m);
      }, message);
    const suggested = (await call({ type: 'suggest', text: 'У вас есть овсяное молоко?', platform: 'generic', k: 3 })) as { data: { suggestions: { title: string }[] } };
    expect(suggested.data.suggestions.map((s) => s.title)).toContain('Овсяное молоко есть');

    // Profile, SLA policy and routes in the settings.
    const saved = (await call({ type: 'settings.save', changes: {} })) as {
      data: { settings: { profile: { addressForm: string }; slaPolicy: { timezone: string; firstReplyMinutes: number }; escalationRoutes: { name: string }[] } };
    };
    expect(saved.data.settings.profile.addressForm).toBe('ty');
    expect(saved.data.settings.slaPolicy).toMatchObject({ timezone: 'Asia/Yekaterinburg', firstReplyMinutes: 20 });
    expect(saved.data.settings.escalationRoutes.map((r) => r.name)).toEqual(['Дежурный юрист']);

    // Locked: refused by the background, read-only in the dashboard.
    const refused = await call({ type: 'settings.save', changes: { language: 'en' } });
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain('language');
    const status = (await call({ type: 'managed.status' })) as { data: { locked: string[]; managed: string[] } };
    expect(status.data.locked).toEqual(['slaPolicy', 'language']);

    await dashboard.goto(`chrome-extension://${id}/options.html?lang=ru#sla`);
    await expect(dashboard.getByTestId('trustops-managed-badge')).toHaveText('Задано администратором — изменить здесь нельзя.');
    const slaLock = dashboard.locator('fieldset.managed-lock');
    await expect(slaLock).toHaveAttribute('disabled', '');
    await expect(slaLock.locator('input').first()).toBeDisabled();

    await dashboard.goto(`chrome-extension://${id}/options.html?lang=ru#settings`);
    const general = dashboard.locator('fieldset.managed-lock', { has: dashboard.locator('#settings-general-title') });
    await expect(general).toHaveAttribute('disabled', '');
    await expect(general.locator('select').first()).toBeDisabled();
    // Managed but not locked: said so, still editable.
    const routes = dashboard.locator('fieldset.managed-lock', { has: dashboard.locator('#settings-routes-title') });
    await expect(routes.getByTestId('trustops-managed-badge')).toContainText('Значение задано администратором');
    await expect(routes).not.toHaveAttribute('disabled');
    await expect(routes.getByRole('button').first()).toBeEnabled();
    await dashboard.screenshot({ path: test.info().outputPath('managed-settings.png'), fullPage: true });
  } finally {
    rmSync(policyFile, { force: true });
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
    await host.close();
  }
});
