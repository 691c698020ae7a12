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

// Every policy file this run wrote: removed after each test and, should one die half-way, after all.
const policyFiles = new Set<string>();
const removePolicyFiles = () => {
  for (const file of policyFiles) rmSync(file, { force: true });
  policyFiles.clear();
};
test.afterAll(removePolicyFiles);

/** Writes a policy for this one copy of the extension only (keyed by its id). */
function writePolicy(id: string, values: object): void {
  const file = join(POLICY_DIR, `trustops-e2e-${randomUUID()}.json`);
  policyFiles.add(file);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }));
}

test('a managed policy reaches a fresh profile with no user action; locked settings are read-only', async () => {
  test.setTimeout(90_000);
  const host = new PackHost();
  await host.start();
  host.publish(TEAM_PACK_V1);
  const extensionDir = extensionCopyGranting(['http://127.0.0.1/*']);
  const id = unpackedExtensionId(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'trustops-managed-'));
  const policy = {
    subscriptions: [{ url: host.url }],
    profile: { addressForm: 'ty', brandNames: ['ЗЕРНО'] },
    slaPolicy: { timezone: 'Asia/Yekaterinburg', firstReplyMinutes: 20, nextReplyMinutes: 40 },
    escalationRoutes: [{ id: 'duty', name: 'Дежурный юрист', contact: '@duty_lawyer' }],
    locked: ['slaPolicy', 'language', 'not-a-setting'],
  };
  writePolicy(id, policy);
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

    // A locked value that arrives through settings sync (another browser, no policy) is put back;
    // an unlocked one from the same write is taken, which shows the pull did run.
    expect(((await call({ type: 'settings.save', changes: { syncEnabled: true } })) as { ok: boolean }).ok).toBe(true);
    await dashboard.evaluate(async () => {
      type Sync = { get(key: string): Promise<Record<string, { version: number }>>; set(v: object): Promise<void> };
      const { sync } = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage;
      // The settings version this build writes, as its own push (on switching sync on) wrote it.
      const { version } = (await sync.get('trustops.settings.language'))['trustops.settings.language']!;
      const updatedAt = Date.now();
      await sync.set({
        'trustops.settings.slaPolicy': { updatedAt, version, value: { timezone: 'Europe/Moscow', firstReplyMinutes: 90, nextReplyMinutes: 120 } },
        'trustops.settings.suggestionsCount': { updatedAt, version, value: 7 },
      });
    });
    await expect(async () => {
      const { data } = (await call({ type: 'settings.save', changes: {} })) as {
        data: { settings: { suggestionsCount: number; slaPolicy: { timezone: string; firstReplyMinutes: number } } };
      };
      expect(data.settings.suggestionsCount).toBe(7);
      expect(data.settings.slaPolicy).toMatchObject({ timezone: 'Asia/Yekaterinburg', firstReplyMinutes: 20 });
    }).toPass({ timeout: 10_000 });

    await dashboard.goto(`chrome-extension://${id}/options.html?lang=ru#sla`);
    await expect(dashboard.getByTestId('trustops-managed-badge')).toHaveText('Задано администратором — изменить здесь нельзя.');
    const slaLock = dashboard.locator('fieldset.managed-lock');
    await expect(slaLock).toHaveAttribute('disabled', '');
    await expect(slaLock.locator('input').first()).toBeDisabled();
    await expect(slaLock.locator('input').first()).toHaveValue('Asia/Yekaterinburg'); // the time zone field

    // The brand profile: managed, not locked — said so, shows the policy's values, still editable.
    await dashboard.goto(`chrome-extension://${id}/options.html?lang=ru#tone`);
    const profileLock = dashboard.locator('fieldset.managed-lock');
    await expect(profileLock.getByTestId('trustops-managed-badge')).toHaveText(
      'Значение задано администратором; если политика его поменяет, ваши правки будут заменены.',
    );
    await expect(profileLock).not.toHaveAttribute('disabled');
    await expect(profileLock.locator('input[name="address-form"]').nth(1)).toBeChecked(); // «ты»
    await expect(profileLock.locator('input[name="address-form"]').first()).toBeEnabled();

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
    await dashboard.goto(`chrome-extension://${id}/options.html?lang=en#settings`);
    await expect(general.getByTestId('trustops-managed-badge')).toHaveText('Set by your administrator — cannot be changed here.');
    await expect(dashboard.getByTestId('trustops-managed-problem')).toHaveCount(0);
  } finally {
    removePolicyFiles();
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
    await host.close();
  }
});

test('an invalid policy is named in the dashboard and changes nothing', async () => {
  const extensionDir = extensionCopyGranting(['http://127.0.0.1/*']);
  const id = unpackedExtensionId(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'trustops-managed-'));
  // Valid for the manifest's JSON schema (a string), refused by the zod schema (no such time zone).
  writePolicy(id, {
    slaPolicy: { timezone: 'Mars/Olympus_Mons', firstReplyMinutes: 20, nextReplyMinutes: 40 },
    escalationRoutes: [{ id: 'duty', name: 'Дежурный юрист', contact: '@duty_lawyer' }],
    locked: ['language'],
  });
  const context = await launchWithExtension(profile, true, extensionDir);
  try {
    expect(await extensionIdOf(context)).toBe(id);
    const dashboard = await context.newPage();
    await dashboard.goto(`chrome-extension://${id}/options.html?lang=ru#settings`);
    const problem = dashboard.getByTestId('trustops-managed-problem');
    await expect(problem).toContainText('Политика администратора с ошибкой');
    await expect(problem).toContainText('slaPolicy.timezone');
    // Nothing of it applied: no lock, no badge, the routes are the defaults, the language can be changed.
    await expect(dashboard.getByTestId('trustops-managed-badge')).toHaveCount(0);
    await expect(dashboard.getByText('@duty_lawyer')).toHaveCount(0);
    const saved = await dashboard.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean }> } } };
      return chrome.runtime.sendMessage({ type: 'settings.save', changes: { language: 'en' } });
    });
    expect(saved.ok).toBe(true);
  } finally {
    removePolicyFiles();
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
  }
});
